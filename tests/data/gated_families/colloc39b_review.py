"""Review material for the gated families mt-degree-modifier-calques-39b and
mt-verb-object-calques-39b (issue 9, thirty-ninth round), tested by tests/test_gated_families.py
beside colloc39b.py.

``PASSED``: correct professional English (news, business and markets, defence and China
coverage, sport, science, travel, courts) that uses the families' words and shapes; neither
family, gate off, may report any of it. Written before the families were run on them.
``FOUND``: MT renderings of the same collocations not listed by colloc39b.py, made up for the
review (the Chinese in a comment); ``None`` where the families leave a rendering alone."""

from rule_helpers import MT_EVIDENCE_REPORT

FAMILIES = ('mt-degree-modifier-calques-39b', 'mt-verb-object-calques-39b')

A = 'mt-degree-modifier-calques-39b'
V = 'mt-verb-object-calques-39b'

PASSED = [
    # demand
    'Chipmakers are racing to meet booming demand for artificial intelligence servers.',
    'The utility struggled to meet red-hot demand during the heatwave.',
    'Carmakers raised output to satisfy booming consumer demand in China.',
    'Airlines added seats to cater to booming travel demand after the pandemic.',
    'The brewery cannot meet hot summer demand without a second plant.',
    'Refiners ramped up runs to meet strong winter demand for heating oil.',
    'Exporters met the surging demand from Europe with extra shipments.',
    'Farmers planted more soybeans to meet fast-growing demand.',
    'The mint struck extra coins to meet collector demand.',
    'Producers could barely keep up with demand that was red hot all year.',
    # hot selling
    'The jacket became a hot seller in its first week.',
    'The model is so hot that dealers have waiting lists.',
    'The phones were selling very fast before the launch.',
    'Umbrellas sell very well in the rainy season.',
    'The café sold very hot coffee in paper cups, the lawsuit said.',
    'Vendors sold extremely hot peppers at the night market.',
    'The stand sells especially hot curries on Fridays.',
    'The hot-selling toys of the season were out of stock by December.',
    # combat
    'Few of the pilots had actual combat experience before the war.',
    'Analysts doubt the carrier\'s actual combat capability.',
    'The drills simulate actual combat conditions at sea.',
    'The PLA says training must be conducted under actual combat conditions.',
    'The veteran was wounded in actual combat in 1951.',
    'The new jet has yet to prove its actual combat effectiveness.',
    'Soldiers with actual combat experience were sent to train recruits.',
    'Experts questioned whether the missile\'s actual combat capabilities matched its claims.',
    'Martial arts films rarely show actual combat techniques.',
    'Boxers spar to prepare for actual combat in the ring.',
    # risk
    'The storm brought heavy rain, raising the flood risk in low-lying towns.',
    'Investors face heavy losses if the bonds default.',
    'The bank carries heavy exposure to property loans.',
    'Lending to developers is a heavy risk for small banks.',
    'The fire risk was rated very high across the state.',
    'Insurers count flood risk among the heaviest costs of climate change.',
    'Heavy snowfall raised the avalanche risk in the Alps.',
    # illness
    'A small illness can turn serious in infants.',
    'Any small illness kept the champion out of training.',
    'Small-animal diseases are the focus of the veterinary school.',
    'Small disease outbreaks were reported in two provinces.',
    'The clinic treats minor illnesses and injuries.',
    'Children with mild illness can stay at home.',
    'He took a small sick-leave allowance.',
    'Her illness was small comfort to her rivals.',
    # backward
    'The company pursued backward integration by buying its suppliers.',
    'Economists study backward and forward linkages in production.',
    'The new console keeps backward compatibility with old games.',
    'The diver performed a backward somersault.',
    'Critics called the ruling a backward step.',
    'The region was considered economically backward in the 1980s.',
    'The firm replaced outdated equipment at its plants.',
    'The engineer ran the tape backward to check the recording.',
    'Backward-looking indicators showed weak growth.',
    'He walked backward through the door.',
    # rate
    'The tea estate pays a good rate to pickers.',
    'Bad debt rates rose at the state banks.',
    'The hatchery\'s hatch rate reached 90 percent.',
    'Spoilage of fresh fruit runs at about 20 percent.',
    'Good egg-laying rates depend on light and feed.',
    'The apple harvest grew at a good rate this year.',
    'Fruit prices rose at a rate not seen since 2011.',
    'The premium rate for export-grade tea rose.',
    'Qualified applicants were hired at a rate of ten a week.',
    'The shop offers a good rate for bulk orders of apples.',
    # degree, extent
    'To a certain degree, the plan worked.',
    'To a large extent the losses were avoidable.',
    'The two cases are alike in some degree.',
    'She has a degree in economics from Fudan University.',
    'Temperatures rose by a degree in a decade.',
    'In a degree ceremony, 3,000 students graduated.',
    'He earned a master\'s degree in a year.',
    'The reforms succeeded to some extent.',
    'It was, in a certain way, a victory.',
    'Burns of the second degree need treatment.',
    # bottom line
    'Rising costs hurt the airline\'s bottom line.',
    'The security company\'s bottom line improved.',
    'Food safety was the bottom line, the regulator said.',
    'The bottom line for investors is higher rates.',
    'Cyber-attacks hit the bank\'s bottom line.',
    'Better safety can help the bottom line, the report said.',
    # comparison, feelings, name card
    'The coach made a climbing comparison between the two riders on the final ascent.',
    'Comparisons between the climbing stages of the Tour are hard to make.',
    'The judge said human feelings cannot decide a case.',
    'Wedding gifts have become a heavy burden for young families.',
    'Delegates swapped name cards at the trade fair.',
    'The firm printed gold name cards for its directors.',
    'The hotel gave each guest a name card at dinner.',
    'Place name cards were set at each seat.',
    # contradiction
    'The witness was unable to explain the contradiction in her account.',
    'The study resolved the contradiction between the two earlier surveys.',
    'The ruling solved the contradiction in the statute.',
    'The paper tried to reconcile the contradictions of modern life.',
    'The minister denied any contradiction between growth and climate goals.',
    'Supply and demand were roughly in balance in May.',
    'The gap between supply and demand pushed prices higher.',
    'A shortage of housing drove up rents.',
    # do well
    'Stocks did well the day after the rate cut.',
    'The team did well the last time it played in Beijing.',
    'Farmers did well the year prices rose.',
    'The candidate did well the night of the debate.',
    'The striker did well the opening weeks of the season.',
    'The firm did well, the chief executive said.',
    'She did well, the inspectors noted.',
    # ideological
    'Xi urged officials to do ideological work well at universities.',
    'The party carried out ideological work through its cells in private firms.',
    'Scholars have studied the party\'s ideological work since the 1950s.',
    'Ideological work was once central to party life.',
    'The department in charge of ideological work was reorganised.',
    # steps
    'Enzymes speed up the steps of the reaction.',
    'The walkers sped up their steps as the rain began.',
    'She quickened her steps as the bus arrived.',
    'The software accelerates the steps of drug design.',
    'The bank accelerated its steps to cut costs, analysts said.',
    'The dancers speed up their steps in the final bars.',
    'Lean methods speed up the steps in assembly.',
    'The government took steps to speed up approvals.',
    # order
    'The exchange will improve the market order book for retail traders.',
    'Brokers must improve market order execution, the regulator said.',
    'The council amended the traffic order on the high street after a consultation.',
    'The bank improved its market order routing.',
    'The court order was strengthened on appeal.',
    'Police restored order after the match.',
    'The new rules aim to strengthen the international order.',
    'Regulators want to standardise the market order types offered by brokers.',
    # experience
    'The resort promotes the dining experience at its seaside restaurants.',
    'Adverts promote the shopping experience at the new mall.',
    'A good wine lifts the dining experience.',
    'The airline wants to raise the travel experience to the level of its rivals.',
    'The app improves the shopping experience.',
    'Promoting the visitor experience is the board\'s main task.',
    'The museum aims to lift the visitor experience with new galleries.',
    'The study raised questions about the patient experience.',
    'Years of dining experience made her a fine critic.',
    # margin
    'The Democrats increased their majority by a big margin.',
    'The central bank cut rates by a big margin, surprising economists.',
    'Exports beat forecasts by a huge margin.',
    'She improved her personal best by a big margin.',
    'The incumbent won by a big margin.',
    'The firm boosted its lead over rivals by a huge margin.',
    'Tesla outsold its rivals by a big margin.',
    'The bill passed the Senate by a wide margin.',
    # student of
    'He was a student of the Royal Academy of Music.',
    'She is a student of the Royal College of Art.',
    'A pupil of Eton College, he went on to Oxford.',
    'A teacher of the Alexander Technique gave the class.',
    'He was a student of Chinese history at Peking University.',
    'A doctor of the Mayo Clinic reviewed the case.',
    'She was a student of the late Professor Li.',
    'A graduate of the Juilliard School, she plays the cello.',
    'He became a fellow of Trinity College in 1990.',
    'An employee of the Bank of China was charged.',
    # open until
    'The consultation is open until 30 June.',
    'The museum will stay open until 8 p.m.',
    'Applications will remain open until 31 March.',
    'The lines will be open until midnight.',
    'Polls open until 9 p.m. in most states.',
    # valley
    'The truck plunged into a deep valley in Sichuan.',
    'Rocks fell into the valley after the quake.',
    'Sales dropped sharply and the firm slipped into the red.',
    'The car slid into a valley on the mountain road.',
    'Prices fell in the valley towns as tourists stayed away.',
    'The market fell into a slump.',
    # realize
    'She realized payment was due that day.',
    'He realized registration closes on Friday.',
    'The minister realized coverage of the event had been poor.',
    'They realised monitoring stopped during the outage.',
    'Investors realized data sharing posed a risk.',
    'The insurer realized full coverage costs more than expected.',
    'The firm realized a gain on the sale.',
    'She realized the online booking site was down.',
    'He realized the hotel reservations clashed.',
    'I realized handling such cases takes years.',
    'The company realised the full coverage of its policy lapsed in May.',
    # road, green channel, blacklist, seats
    'The pilgrims walked the road of Santiago in June.',
    'The army took the road of retreat.',
    'The country chose the road of reform and opening up, Deng said.',
    'Heathrow opened a new green channel for passengers with nothing to declare.',
    'The broadcaster launched a green channel about nature.',
    'Numbers entered into the blacklist database are blocked.',
    'The addresses were added into the blacklist filter.',
    'The stadium seats 60,000.',
    'The hall can accommodate 600 guests.',
    'The hotel accommodates 300 people in its ballroom.',
    # found on a second pass, after the first narrowing
    'The new wing will accommodate 120 beds when it opens next year.',
    'The car park accommodates 300 parking spaces on four levels.',
    'The ferry accommodates 200 berths for overnight passengers.',
    'Physicists measured the decay rate of the isotope.',
    'The bank offered savers a bad rate on deposits.',
    'The clinic can handle small sickness claims quickly.',
    'Data entered into the blacklist are checked every hour.',
    # general news
    'The court ordered the firm to pay damages.',
    'The central bank kept rates on hold.',
    'Shares in the carmaker rose 3 percent.',
    'The hospital treated 40 people after the crash.',
    'The festival drew more visitors than last year.',
]

# (rule, made-up MT rendering, the spans it must report, or None where no family reads it)
FOUND = [
    (A, 'The scenic area added shuttle buses to satisfy the flourishing tourism demand.', ['satisfy the flourishing tourism demand']),  # 满足旺盛旅游需求
    (A, 'The new tea drinks are really hot selling this summer.', ['really hot selling']),  # 很热销
    (A, 'The exercise improved the actual combat capacity of the militia.', ['actual combat capacity']),  # 实战能力
    (A, 'The district is in a heavy drought risk period.', ['heavy drought risk']),  # 旱情风险高
    (A, 'Family doctors help residents with small illness at home.', ['small illness']),  # 小病
    (A, 'The county phased out backward craftsmanship in the ceramic kilns.', ['backward craftsmanship']),  # 落后工艺
    (A, 'The rotten apple rate dropped to 3 percent.', ['rotten apple rate']),  # 烂果率
    (A, 'The measures reduced costs in a high degree.', ['in a high degree']),  # 在很大程度上
    (A, 'Parents must not join the climbing comparison of gifts.', ['climbing comparison']),  # 攀比
    (A, 'The festival has become a bright name card of the county.', ['bright name card']),  # 亮丽名片
    (A, 'The county must hold the security bottom line.', ['security bottom line']),  # 安全底线
    (A, 'Villagers spend a lot on human feelings gifts.', ['human feelings gifts']),  # 人情礼
    (A, 'The new orchard reached a good apple rate of 92 percent.', ['good apple rate']),  # 优果率
    (V, 'The new school alleviated the contradiction of insufficient degrees.', ['alleviated the contradiction']),  # 缓解学位不足矛盾
    (V, 'Each township should do well the flood control preparations.', ['do well the flood control preparations']),  # 做好防汛准备
    (V, 'The city will accelerate the steps of building a new airport.', ['accelerate the steps']),  # 加快新机场建设步伐
    (V, 'The campaign will standardise the road order around markets.', ['standardise the road order']),  # 规范道路秩序
    (V, 'The hospital raised the people\'s medical experience.', ["raised the people's medical experience"]),  # 提升群众就医体验
    (V, 'The new line cut travel time between the cities by a big margin.', None),  # 大幅缩短: missed, five words between verb and margin
    (V, 'Li Ming, a pupil of Hongxing Primary School, found the wallet.', ['a pupil of Hongxing Primary School']),  # 红星小学学生
    (V, 'The park will open until 22:00 on holidays.', ['open until']),  # 开放至22:00
    (V, 'The county has realized the full coverage of tap water.', ['realized the full coverage']),  # 实现自来水全覆盖
    (V, 'The hospital opened a green channel for the injured.', ['opened a green channel']),  # 开通绿色通道
    (V, 'Dishonest contractors will be included into the blacklist.', ['included into the blacklist']),  # 纳入黑名单
    (V, 'The hall can accommodate 800 seats.', ['accommodate 800 seats']),  # 容纳800个座位
    (V, 'The county walked the road of ecological revitalization.', ['walked the road of ecological revitalization']),  # 走生态振兴之路
    (A, 'The sales market of the products is very hot.', None),  # 市场很火爆
    (V, 'The town strengthened the supervision work.', None),  # 加强监管工作
]

PASSED_AT_LEAST = 150

# two of the renderings above, each kept quiet by the full catalog alone and reported once a
# document shows other signs of machine translation
ALONE = [
    'The rotten apple rate dropped to 3 percent.',
    'The new school alleviated the contradiction of insufficient degrees.',
]
EVIDENCE = MT_EVIDENCE_REPORT
OPENS = {
    'mt-degree-modifier-calques-39b': 'rotten apple rate',
    'mt-verb-object-calques-39b': 'alleviated the contradiction',
}
