"""The data of the thirty-ninth round's gated collocation families, tested by tests/test_gated_families.py.

Calqued collocations of the WRITE2 sets (heldout42-48, each story marked by two editors) that the
thirty-eighth round's families leave alone: a Chinese degree word or modifier kept with its noun
(火爆需求, 热销, 实战能力, 高火险, 小病, 落后设备, 烂果率, 在一定程度上, 安全底线) and a verb kept with an
object English pairs with another verb (缓解矛盾, 做好…工作, 做思想工作, 加快步伐, 规范秩序, 提升体验,
大幅降低, 学生 of a school, 开放至, 跌入低谷). FOUND holds renderings written for the round from
knowledge of Chinese, none taken from WRITE2 (each with its Chinese in a comment). LEFT holds the
renderings no family reads. PASSED holds ordinary English sharing the families' words (demand,
hot-selling, combat, risk, illness, backward, rate, degree, bottom line, contradiction, do well,
ideological, steps, order, experience, margin, student of, open until, valley), which no family
may report with the gate off."""

from rule_helpers import MT_EVIDENCE_REPORT

FAMILIES = ('mt-degree-modifier-calques-39b', 'mt-verb-object-calques-39b')

CATEGORY = "style/awkward"

A = 'mt-degree-modifier-calques-39b'
V = 'mt-verb-object-calques-39b'

# (rule, text, the spans it must report), with the gate off
FOUND = [
    (A, 'The mall added more stalls to meet the hot demand of consumers.', ['meet the hot demand']),  # 满足火爆需求
    (A, 'The new routes will satisfy the exuberant travel demand during the holiday.', ['satisfy the exuberant travel demand']),  # 满足旺盛出行需求
    (A, 'The factory is running three shifts to satisfy the fiery market demand.', ['satisfy the fiery market demand']),  # 满足火爆市场需求
    (A, 'The farm expanded its greenhouses to cater to the prosperous consumer demand.', ['cater to the prosperous consumer demand']),  # 满足旺盛消费需求
    (A, 'Zongzi made by the village are very hot selling on e-commerce platforms.', ['very hot selling']),  # 热销
    (A, 'The rice dumplings are extremely hot-selling this year.', ['extremely hot-selling']),  # 十分热销
    (A, 'The dried persimmons sold very hot during the Spring Festival.', ['sold very hot']),  # 卖得很火
    (A, 'The new tea products are especially hot selling among young people.', ['especially hot selling']),  # 特别热销
    (A, 'The drill improved the actual combat ability of the firefighters.', ['actual combat ability']),  # 实战能力
    (A, 'The exercise tested the actual-combat level of the emergency teams.', ['actual-combat level']),  # 实战水平
    (A, 'The police held actual combat drills at the railway station.', ['actual combat drills']),  # 实战演练
    (A, 'The training aims to raise the actual combat skills of grassroots officers.', ['actual combat skills']),  # 实战技能
    (A, 'Volunteers gained actual combat experience in the flood rescue.', []),  # 实战经验: left alone, 'actual combat experience' is defence English
    (A, 'The prefecture has entered a period of heavy forest fire risk.', ['heavy forest fire risk']),  # 森林高火险期
    (A, 'The low-lying villages face heavy flood risks this summer.', ['heavy flood risks']),  # 洪涝风险高
    (A, 'The mountain roads carry heavy landslide risk after the rain.', ['heavy landslide risk']),  # 滑坡风险高
    (A, 'The heavy geological disaster risk forced the school to close.', ['heavy geological disaster risk']),  # 地质灾害风险高
    (A, 'Villagers no longer need to travel to the city for small illnesses.', ['small illnesses']),  # 小病
    (A, 'The clinic treats small sickness and refers serious cases to the county hospital.', ['small sickness']),  # 看小病
    (A, 'Many farmers let small diseases drag on until they became serious.', ['small diseases']),  # 小病拖成大病
    (A, 'The city will eliminate backward production capacity in the steel industry.', ['backward production capacity']),  # 淘汰落后产能
    (A, 'The workshop replaced its backward machinery with automated lines.', ['backward machinery']),  # 落后机械
    (A, 'Many small mills still use backward techniques.', ['backward techniques']),  # 落后工艺
    (A, 'The county closed 12 kilns with backward production lines.', ['backward production lines']),  # 落后生产线
    (A, 'The old port facilities were backward facilities that slowed loading.', ['backward facilities']),  # 落后设施
    (A, 'Cold storage cut the rotten fruit rate from 30 percent to 5 percent.', ['rotten fruit rate']),  # 烂果率
    (A, 'The bad fruit rate of the orchard fell sharply.', ['bad fruit rate']),  # 坏果率
    (A, 'The good fruit rate reached 90 percent after bagging.', ['good fruit rate']),  # 优果率
    (A, 'The premium cocoon rate rose to 85 percent.', ['premium cocoon rate']),  # 上等茧率
    (A, 'The qualified seedling rate of the nursery is 95 percent.', ['qualified seedling rate']),  # 合格苗率
    (A, 'The measure eased the pressure in a certain degree.', ['in a certain degree']),  # 在一定程度上
    (A, 'The noise was kept in an acceptable degree.', ['in an acceptable degree']),  # 在可接受的程度
    (A, 'The drought affected the harvest in a large degree.', ['in a large degree']),  # 在很大程度上
    (A, 'The new rules improved service quality in a considerable degree.', ['in a considerable degree']),  # 在相当程度上
    (A, 'The price rise was caused in a large extent by the drought.', ['in a large extent']),  # 在很大程度上
    (A, 'The policy eased the burden in a certain extent.', ['in a certain extent']),  # 在一定程度上
    (A, 'The county will hold the safety bottom line in mine production.', ['safety bottom line']),  # 安全底线
    (A, 'We must guard the ecological bottom line of the river basin.', ['ecological bottom line']),  # 生态底线
    (A, 'The city firmly holds the livelihood bottom line for poor families.', ['livelihood bottom line']),  # 民生底线
    (A, 'Officials must never cross the food safety bottom line.', ['food safety bottom line']),  # 食品安全底线
    (A, 'The climbing comparison of wedding gifts has grown worse.', ['climbing comparison']),  # 攀比
    (A, 'Parents worry about climbing comparisons among pupils.', ['climbing comparisons']),  # 攀比之风
    (A, 'The human feelings burden of villagers has been reduced.', ['human feelings burden']),  # 人情负担
    (A, 'Many families run up human feeling debts at weddings.', ['human feeling debts']),  # 人情债
    (A, 'The town will build a golden name card of rural tourism.', ['golden name card']),  # 打造乡村旅游金名片
    (A, 'The lantern festival has become the name card of the city.', ['name card of the city']),  # 城市名片
    (A, 'Tea has become a green name card for the county.', ['green name card']),  # 绿色名片
    (A, 'The bakery added night shifts to satisfy the booming demand of holiday shoppers.', []),  # left alone: English
    # verbs with objects
    (V, 'The new car park alleviated the contradiction between the supply and demand of parking spaces.', ['alleviated the contradiction']),  # 缓解停车供需矛盾
    (V, 'The school expansion relieved the contradiction of too few places.', ['relieved the contradiction']),  # 缓解学位矛盾
    (V, 'The project will ease the water contradiction in the dry season.', ['ease the water contradiction']),  # 缓解用水矛盾
    (V, 'The contradiction between supply and demand of housing remains acute.', ['contradiction between supply and demand']),  # 住房供需矛盾
    (V, 'The supply-demand contradiction of nurses is prominent.', ['supply-demand contradiction']),  # 护士供需矛盾突出
    (V, 'The new reservoir solved the contradiction between the supply and demand of water.', ['solved the contradiction']),  # 解决供需矛盾
    (V, 'The price cut mitigated the contradictions of the market.', ['mitigated the contradictions']),  # 缓解市场矛盾
    (V, 'Every village must do well the epidemic prevention work.', ['do well the epidemic prevention work']),  # 做好防疫工作
    (V, 'The station did well the passenger service during the holiday.', ['did well the passenger service']),  # 做好旅客服务
    (V, 'Schools should do well the safety education of students.', ['do well the safety education']),  # 做好安全教育
    (V, 'The bureau is doing well the monitoring of water quality.', ['doing well the monitoring']),  # 做好水质监测
    (V, 'The hospital has done well the preparations for the flu season.', ['done well the preparations']),  # 做好准备
    (V, 'Communities must do well the epidemic prevention and control.', ['do well the epidemic prevention and control']),  # 做好疫情防控
    (V, 'The school did well the disinfection of classrooms.', ['did well the disinfection']),  # 做好消毒
    (V, 'The county must do well the maintenance of rural roads.', ['do well the maintenance']),  # 做好农村公路养护
    (V, 'Staff will do well the registration and reception of guests.', ['do well the registration and reception']),  # 做好登记接待
    (V, 'The party secretary did the ideological work of the villagers one by one.', ['did the ideological work']),  # 做思想工作
    (V, 'Cadres are doing patient ideological work with the households who refused to move.', ['doing patient ideological work']),  # 耐心做思想工作
    (V, 'The committee carried out ideological work among the residents.', ['carried out ideological work']),  # 开展思想工作
    (V, 'The city will speed up the steps of building the metro.', ['speed up the steps']),  # 加快地铁建设步伐
    (V, 'The province accelerated its steps of opening up.', ['accelerated its steps']),  # 加快开放步伐
    (V, 'The company is accelerating the steps of going global.', ['accelerating the steps']),  # 加快走出去步伐
    (V, 'Local firms sped up their steps towards digital transformation.', ['sped up their steps']),  # 加快数字化转型步伐
    (V, 'The police will standardize the parking order near the schools.', ['standardize the parking order']),  # 规范停车秩序
    (V, 'The bureau rectified the market order of building materials.', ['rectified the market order']),  # 整顿建材市场秩序
    (V, 'The campaign improved the traffic order around the station.', ['improved the traffic order']),  # 改善交通秩序
    (V, 'Inspectors will regulate the operating order of tourist boats.', ['regulate the operating order']),  # 规范经营秩序
    (V, 'The app will raise the shopping experience of customers.', ['raise the shopping experience']),  # 提升购物体验
    (V, 'The new terminal lifted the travel experience of passengers.', ['lifted the travel experience']),  # 提升出行体验
    (V, 'The hospital aims to promote the patients\' treatment experience.', ["promote the patients' treatment experience"]),  # 提升就诊体验
    (V, 'The scenic area raised the tourist experience with new signs.', []),  # 提升游客体验: left alone, a shopping or tourist experience is read only with its people ('of visitors', 'visitors'')
    (V, 'The canteen raised the dining experience of the elderly.', ['raised the dining experience']),  # 提升就餐体验
    (V, 'The new process reduced the energy use by a big margin.', ['reduced the energy use by a big margin']),  # 大幅降低能耗
    (V, 'The app shortened the waiting time by a huge margin.', ['shortened the waiting time by a huge margin']),  # 大幅缩短
    (V, 'The cooperative increased the income of members by a big margin.', ['increased the income of members by a big margin']),  # 大幅增加收入
    (V, 'The reform improved approval efficiency by a great margin.', ['improved approval efficiency by a great margin']),  # 大幅提高效率
    (V, 'Wang Hui, a student of Chengdu Vocational College, won the contest.', ['a student of Chengdu Vocational College']),  # 成都职业学院学生
    (V, 'Chen Li is a nurse of the Luohe Central Hospital.', ['a nurse of the Luohe Central Hospital']),  # 漯河市中心医院护士
    (V, 'Zhang Min, a teacher of Xinhua Primary School, set up the club.', ['a teacher of Xinhua Primary School']),  # 新华小学教师
    (V, 'A worker of Sanhe Steel Company was hurt.', ['A worker of Sanhe Steel Company']),  # 三河钢铁公司工人
    (V, 'Liu Yang, a doctor of Dongcheng District Hospital, treated the boy.', ['a doctor of Dongcheng District Hospital']),  # 东城区医院医生
    (V, 'An employee of the Jinlong Textile Factory reported the leak.', []),  # 'an employee' left alone
    (V, 'The museum will open until 20:00 during the summer holiday.', ['open until']),  # 开放至20:00
    (V, 'The night market would open until midnight on weekends.', ['open until']),  # 营业至午夜
    (V, 'The library is scheduled to open until 22:00 in the exam season.', ['open until']),  # 开放至22:00
    (V, 'After two good years, the apple industry fell into a valley.', ['fell into a valley']),  # 跌入低谷
    (V, 'Pork prices dropped into the low valley in spring.', ['dropped into the low valley']),  # 猪价跌入低谷
    (V, 'The tourism market slid into a deep valley during the epidemic.', ['slid into a deep valley']),  # 旅游市场跌入谷底
    (V, 'The bus fell into a valley near the pass.', []),  # English
    (V, 'The new platform lets residents realize cross-regional inquiry of social security records.', ['realize cross-regional inquiry']),  # 实现跨区域查询
    (V, 'The county has realized full coverage of 5G signals in villages.', ['realized full coverage']),  # 实现5G信号全覆盖
    (V, 'The system realizes real-time monitoring of water levels.', ['realizes real-time monitoring']),  # 实现实时监测
    (V, 'The two cities realized the seamless interconnection of bus cards.', ['realized the seamless interconnection']),  # 实现公交卡互联互通
    (V, 'The hall realised one-stop handling of business licences.', ['realised one-stop handling']),  # 实现一站式办理
    (V, 'The platform will realize data sharing among hospitals.', ['realize data sharing']),  # 实现数据共享
    (V, 'Patients can realize online payment of medical bills.', ['realize online payment']),  # 实现在线支付
    (V, 'The hall has realized the online registration of new firms.', ['realized the online registration']),  # 实现网上登记
    (V, 'Every carton realizes full-process traceability.', ['realizes full-process traceability']),  # 实现全程可追溯
    (V, 'The county walks the road of green development.', ['walks the road of green development']),  # 走绿色发展道路
    (V, 'The village took the road of characteristic industry development.', ['took the road of characteristic industry development']),  # 走特色产业发展道路
    (V, 'The company is walking the road of high-end transformation.', ['walking the road of high-end transformation']),  # 走高端化转型之路
    (V, 'The town has taken a road of high-quality growth.', ['taken a road of high-quality growth']),  # 走高质量发展之路
    (V, 'The court opened a green channel for migrant workers.', ['opened a green channel']),  # 开通绿色通道
    (V, 'The hospital set up special green channels for elderly patients.', ['set up special green channels']),  # 开设绿色通道
    (V, 'The bank established a green channel for loans to small firms.', ['established a green channel']),  # 建立绿色通道
    (V, 'Shops that sell fake tea will be pulled into the blacklist.', ['pulled into the blacklist']),  # 拉入黑名单
    (V, 'The firm was listed into the credit blacklist.', ['listed into the credit blacklist']),  # 列入信用黑名单
    (V, 'Drivers who cheat will be put into a black list.', ['put into a black list']),  # 纳入黑名单
    (V, 'The new reading room can accommodate 300 seats.', ['accommodate 300 seats']),  # 容纳300个座位
    (V, 'The ward accommodates more than 40 beds.', []),  # 容纳40多张床位: left alone, a building accommodates beds in English
    (V, 'The customs office opened up a green channel for fresh fruit.', ['opened up a green channel']),  # 开辟绿色通道
]

# renderings no family reads (an older rule may read some)
LEFT = [
    'Inspectors will make surprise visits on the reservoirs.',  # 明察暗访
    'The canteen lets the elderly eat a mouthful of hot rice.',  # 吃上一口热饭
    'The students are very serious in class.',  # 学习很认真
    'The organisers have also prepared free tea for visitors.',  # 还准备了免费茶水
    'Queues were heavy at the service hall.',  # 排长队
    'The team has speeded up the pace of construction.',  # 加快建设步伐 (English)
]

# Ordinary English sharing the families' words (gate off)
PASSED = [
    # demand, hot, selling
    'Tickets for the final are in hot demand.',
    'Builders struggled to meet the booming demand for flats.',
    'The airline added flights to meet strong demand over the holiday.',
    'The factory ran three shifts to satisfy demand from Europe.',
    'The farm cannot meet the demand for organic eggs.',
    'Cafes cater to the demand for oat milk.',
    'Hot demand for chips lifted the company\'s shares.',
    'The red-hot demand for housing cooled in the autumn.',
    'Supply failed to keep pace with fierce demand.',
    'The dried persimmons are selling well on shopping platforms.',
    'The hot-selling model was sold out within a week.',
    'Hot-selling items included umbrellas and fans.',
    'The book has been a best-seller for months.',
    'Ice cream sells well when it is hot outside.',
    'The stalls sold hot food and cold drinks.',
    'It was a very hot summer across the south.',
    'The room was so hot that the candles bent.',
    'She sold hot dogs at the stadium for ten years.',
    # combat, drill, skill
    'Few of the soldiers had seen actual combat.',
    'The veterans described actual combat in the jungle.',
    'The unit trained under realistic combat conditions.',
    'The drill tested the rescue team\'s real-world skills.',
    'Firefighters held a drill at the railway station.',
    'The exercise improved the emergency teams\' response times.',
    'Police rehearsed their response to an attack at the station.',
    'The training gave officers practical skills.',
    'Combat training began at dawn.',
    'Volunteers gained practical experience in the flood rescue.',
    # risk
    'The prefecture has entered a period of high fire danger.',
    'Low-lying villages face a high risk of flooding this summer.',
    'The heavy rain raised the risk of landslides.',
    'Heavy snow and fire risk kept crews busy all winter.',
    'Investors took heavy losses on risky bonds.',
    'The bank bears heavy risks on its property loans.',
    'Firefighters warned of extreme fire risk.',
    'The flood risk is highest in March.',
    # illness, sickness
    'The clinic treats minor ailments and refers serious cases to the county hospital.',
    'Even a small illness can be serious for the very old.',
    'Any small illness kept him home from school.',
    'Every small illness seemed to last for weeks.',
    'Motion sickness affects many passengers.',
    'Small children are most at risk from the disease.',
    'The disease spread through small towns.',
    'Sickness absence fell last year.',
    'Minor illnesses are treated at the village clinic.',
    'Mental illness remains poorly understood.',
    # backward
    'He cast a backward glance at the crowd.',
    'The console offers backward compatibility with older games.',
    'She took a step backward.',
    'The region was once seen as economically backward.',
    'The factory replaced its outdated equipment last year.',
    'The mill still uses old machinery.',
    'Backward integration gave the firm control of its suppliers.',
    'The country eliminated outdated production capacity in steel.',
    'The gymnast landed a backward somersault.',
    'It was a backward step for women\'s rights.',
    # rate
    'The fund earned a good rate of return.',
    'The bank offers a good rate on savings.',
    'Prices are rising at a fast rate.',
    'Cold storage cut spoilage from 30 percent to 5 percent.',
    'The share of top-grade fruit reached 90 percent.',
    'The pass rate rose to 95 percent.',
    'The birth rate fell again.',
    'The survival rate of seedlings was high.',
    'Apples were sold at a good price and at a good rate of profit.',
    'Fruit rotted at a rate of several tonnes a week.',
    'Mortgage rates fell to a two-year low.',
    # degree
    'The measure eased the pressure to a certain degree.',
    'Noise was kept to an acceptable degree.',
    'In some degree, the drought affected every farm.',
    'She holds a degree in chemistry.',
    'The temperature rose by one degree.',
    'To a large degree, the harvest was saved.',
    'He earned a degree in law from a university in Beijing.',
    'Burns of the third degree are the most severe.',
    'The weather was mild in a way that surprised everyone.',
    'In a certain sense, the plan worked.',
    # bottom line
    'Safety is the bottom line, the manager said.',
    'The bottom line is that prices will rise.',
    'Higher costs hit the company\'s bottom line.',
    'The new stores will strengthen the bottom line.',
    'Officials must never compromise on food safety.',
    'Mine production must meet strict safety standards.',
    'The company reported a triple bottom line of people, planet and profit.',
    # contradiction
    'The new garage has greatly eased the shortage of parking spaces.',
    'The statement contradicts what the minister said last week.',
    'The study found contradictions in the data.',
    'Philosophers have long tried to resolve the contradiction between free will and fate.',
    'There is no contradiction between growth and protecting the environment.',
    'His evidence was full of contradictions.',
    'The report resolved the contradiction in the earlier figures.',
    'The new reservoir closed the gap between supply and demand for water.',
    'Supply and demand set the price of rice.',
    'The mismatch between supply and demand of nurses is acute.',
    'Economists tried to resolve the contradictions of the model.',
    'The court noted a contradiction in the witness\'s account.',
    # do well
    'The team did well the first time and the rest of the season.',
    'She did well the following year.',
    'He did well the whole season.',
    'The firm did well the year after the merger.',
    'Students who do well the first term get a prize.',
    'The village did a good job of preparing for the flood.',
    'Inspect thoroughly without slowing customs clearance.',
    'The station handled passengers well during the holiday.',
    'Schools should teach pupils about safety.',
    'The hospital is well prepared for the flu season.',
    'Staff did the work well and on time.',
    'Shares did well the day after the results.',
    'Exporters did well the next quarter.',
    # ideological
    'The party stressed ideological work in universities.',
    'Ideological work is a term used in Chinese politics.',
    'Officials went door to door to talk residents round.',
    'The professor studied ideological debates in the 1950s.',
    'The two parties have deep ideological differences.',
    'The committee tried to persuade the residents.',
    # steps
    'The city has accelerated construction of the metro.',
    'The firm will speed up the steps needed to approve loans.',
    'We sped up the steps involved in the process.',
    'The school sped up the steps required to enrol.',
    'The province accelerated its opening up.',
    'She quickened her steps as the rain began.',
    'He heard steps behind him.',
    'The government took steps to curb prices.',
    'Speed up the steps outlined below to save time.',
    'The company took its first steps abroad.',
    # order
    'Police will keep parking orderly near the schools.',
    'The bureau cracked down on disorder in the building materials market.',
    'The police imposed a temporary traffic order on the bridge.',
    'A court order stopped the sale.',
    'The new rules will strengthen the international order.',
    'The market order was filled at the opening price.',
    'The firm received a large order from Germany.',
    'The council improved the order of business at meetings.',
    'Market orders are executed at once.',
    'Traffic was in good order after the repairs.',
    'The speaker restored order in the chamber.',
    # experience
    'The new terminal improved the travel experience.',
    'The app makes shopping easier.',
    'The hospital wants to make seeing a doctor easier.',
    'The job requires experience in sales.',
    'He raised the issue with his experience in mind.',
    'The restaurant aims to elevate the dining experience.',
    'She brought years of experience to the job.',
    'The firm will improve the customer experience.',
    'The report drew on the experience of patients.',
    'The tourist experience has improved, visitors said.',
    'The programme raised money and experience for the charity.',
    'They raised the experience level required for the role.',
    # margin
    'The company cut costs sharply.',
    'The team won by a big margin.',
    'She beat her rival by a wide margin.',
    'The bill passed by a large margin.',
    'Profit margins fell last year.',
    'Labour won the seat by a huge margin.',
    'The reform improved approval times by half.',
    'He wrote notes in the margin.',
    'The margin of error is three points.',
    'Exports grew by a wide margin in May.',
    # student of, a nurse of
    'She is a student of history and a graduate of Peking University.',
    'Li is a student at Jiangcheng Technician College.',
    'He was a student of Confucius.',
    'Chen is a nurse at the Luohe Central Hospital.',
    'She is a graduate of Tsinghua University.',
    'A teacher at Xinhua Primary School set up the club.',
    'He is a member of the Royal Academy.',
    'A student of the law, he read every case.',
    'The doctor of philosophy spoke first.',
    'She was a keen student of Chinese art.',
    'A worker at the steel plant was hurt.',
    'The president of Fudan University spoke.',
    'He is a fellow of the Royal Society.',
    'She is a professor at Zhejiang University.',
    'A team of Beijing University scientists found the fossil.',
    'The students of Harvard College protested.',
    # open until
    'The shop is open until 9 p.m. on weekdays.',
    'The museum will stay open until 8 p.m. in summer.',
    'The library will be open until 10 p.m.',
    'Nobody expects the tap to open until the spring.',
    'The exhibition runs until May 5.',
    'The polls are open until 8 p.m.',
    'The park will remain open until midnight.',
    'Bars stay open until 2 a.m.',
    'Museums open until 10 p.m. on Fridays.',
    'Entries open until 31 March.',
    # valley
    'The bus fell into a valley near the pass.',
    'A car fell into the valley after the storm.',
    'Pork prices slumped in spring.',
    'The industry slumped after two good years.',
    'Prices fell to a low in the spring.',
    'The rock fell into the valley below.',
    'The river valley fell into shadow as the sun set.',
    'Sales fell and the town slipped into recession.',
    'The economy fell into recession.',
    'Tourism fell sharply in the valley towns.',
    # realize, road, green channel
    'To a large extent, the drought caused the price rise.',
    'In a sense, the policy eased the burden.',
    'The firm realized payments of 2 million dollars from the sale.',
    'She realized registration had closed.',
    'He realized the online booking was for the wrong day.',
    'The team did well the second half.',
    'The town did well the year the mine reopened.',
    'She realised the coverage was poor.',
    'He realized the handling of the case had been flawed.',
    'They realized the monitoring had stopped.',
    'Investors realized the sharing economy was overvalued.',
    'The firm realised cross-border synergies after the merger.',
    'The county now has 5G in every village.',
    'Residents can now search archives in other provinces.',
    'The company realized a profit of 2 million dollars.',
    'She finally realized her dream of flying.',
    'The town took the road to the coast.',
    'They walked the road of their childhood once more.',
    'The army took the road north.',
    'The country chose a path of rapid growth.',
    'The company moved up the value chain.',
    'The road of the kings ran through the valley.',
    'The court set up a fast track for wage claims.',
    'The customs hall has a green channel for travellers with nothing to declare.',
    'The regulator runs a "green channel" for new devices.',
    'Passengers with nothing to declare walk through the green channel.',
    'The canal opened a new channel for trade.',
    'The TV network launched a green channel about gardening.',
    # comparison, feelings, blacklist, seats
    'The study made a comparison of climbing routes.',
    'Comparisons of climbing routes vary from guide to guide.',
    'Human feelings matter more than rules, the judge said.',
    'The burden of gift money weighs on young families.',
    'The firm was blacklisted by the regulator.',
    'Officials added the firm to the blacklist.',
    'He was put on a blacklist in the 1950s.',
    'The new reading room seats 300.',
    'The hall can accommodate 600 people.',
    'The hotel can accommodate 300 guests in 150 rooms.',
    'We exchanged name cards after the meeting.',
    'Her name card gave only an email address.',
    'The lantern festival has become the city\'s signature event.',
    # mixed ordinary news
    'Residents were told to stay alert to flood warnings.',
    'The night school opened more classes to meet the strong demand.',
    'Doctors can treat minor ailments on the cart.',
    'The county has high fire danger this week.',
    'The new rules took effect on Monday.',
    'The drill tested the teams\' response skills.',
    'The firm cut costs by a third.',
    'The survey found strong demand for night classes.',
    'The clinic is open until 6 p.m.',
    'Officials stepped up flood preparations.',
]

PASSED_AT_LEAST = 240

ALONE = [
    'The drill exercised the actual combat ability of the rescue team.',
    'Staff must do well the flood prevention work this summer.',
]

# the families' findings ({rule: span}) in the lone renderings after the evidence
EVIDENCE = MT_EVIDENCE_REPORT
OPENS = {
    'mt-degree-modifier-calques-39b': 'actual combat ability',
    'mt-verb-object-calques-39b': 'do well the flood prevention work',
}
