"""The data of the fortieth round's gated collocation families, tested by tests/test_gated_families.py.

Calqued collocations read as families of a closed set of Chinese verbs with the class of their
object, not as listed sentences: policy verbs (加强, 提高 / 提升, 跟上, 下沉, 挖掘, 付出) with a
nominal of official work, verbs of doing (开展, 进行, 做) with a nominal where English uses the verb,
and verbs of outcome (解决, 实现, 形成, 安排, 明察暗访, 进) with the object Chinese gives them. FOUND
holds renderings written for the round from knowledge of Chinese (each with its Chinese in a
comment), none copied from WRITE2. LEFT holds renderings no family reads. PASSED holds ordinary
English sharing the families' words (strengthen, supervision, efficiency, keep up, sink, dig,
potential, efforts, do, inspection, restoration, carry out, referral, monitoring, solve, problem,
root, realise, arrange, funds, visits, enter, campus, sunshine), which no family may report with
the gate off."""

from rule_helpers import MT_EVIDENCE_REPORT

FAMILIES = ('mt-strengthen-raise-calques-40b', 'mt-nominal-action-calques-40b', 'mt-solve-realise-calques-40b',
            'mt-rural-statistics-calques-40b')

CATEGORY = "style/awkward"

S = 'mt-strengthen-raise-calques-40b'
N = 'mt-nominal-action-calques-40b'
O = 'mt-solve-realise-calques-40b'
R = 'mt-rural-statistics-calques-40b'

# (rule, text, the spans it must report), with the gate off
FOUND = [
    # 加强 / 提高 / 跟上 / 下沉 / 挖掘 / 付出
    (S, 'The city will strengthen the supervision of food delivery platforms.', ['strengthen the supervision of']),  # 加强对外卖平台的监管
    (S, 'The bureau strengthened the publicity of the new pension policy.', ['strengthened the publicity of']),  # 加强新政策宣传
    (S, 'We must strengthen the construction of rural roads.', []),  # 加强农村公路建设: left, 'strengthened the construction of the sea wall' is English
    (S, 'The county is strengthening the supervision and management of drug stores.', ['strengthening the supervision and management of']),  # 加强药店监督管理
    (S, 'The township strengthened the inspection of hidden dangers on the dikes.', []),  # 加强堤防隐患排查: left, 'strengthen the inspection of aircraft parts' is English
    (S, 'The province will strengthen publicity at the grassroots.', ['strengthen publicity at the grassroots']),  # 加强基层宣传
    (S, 'We will strengthen the patrol forces at the grass-roots.', ['strengthen the patrol forces at the grass-roots']),  # 加强基层巡逻力量
    (S, 'The new platform improved the approval efficiency of the district.', ['improved the approval efficiency']),  # 提高审批效率
    (S, 'Drones raise the rescue efficiency in the mountains.', ['raise the rescue efficiency']),  # 提高救援效率
    (S, 'The port has improved the customs clearance efficiency for fresh fruit.', []),  # 提高通关效率: 'customs clearance' has two words before efficiency, left
    (S, 'The port has enhanced the clearance efficiency for fresh fruit.', ['enhanced the clearance efficiency']),  # 提升通关效率
    (S, 'Smart gates promote the passage efficiency at the border.', ['promote the passage efficiency']),  # 提升通行效率
    (S, 'The reform boosted the case-handling efficiency of the court.', ['boosted the case-handling efficiency']),  # 提高办案效率
    (S, 'The new system increases the dispatch efficiency of ambulances.', []),  # 提高调度效率: left, 'increase dispatch efficiency' is English in logistics
    (S, 'The market is growing, so supervision must keep up.', ['supervision must keep up']),  # 监管要跟上
    (S, 'Supporting facilities should also keep up.', ['Supporting facilities should also keep up']),  # 配套设施也要跟上
    (S, 'When tourists come, services have to keep up.', []),  # 服务要跟上: left, 'as the town grows, public services have to keep up' is English
    (S, 'The hospital will sink its medical resources down to the townships.', ['sink its medical resources down']),  # 医疗资源下沉
    (S, 'Cadres sank to the grassroots to help farmers.', ['Cadres sank to the grassroots']),  # 干部下沉
    (S, 'The city sank more staff to the grass-roots during the epidemic.', ['sank more staff to the grass-roots']),  # 人员下沉
    (S, 'Services will sink down to the communities.', ['Services will sink down']),  # 服务下沉到社区
    (S, 'The county will dig the potential of its idle land.', ['dig the potential']),  # 挖掘闲置土地潜力
    (S, 'The company digs deeply into the consumption potential of rural markets.', ['digs deeply into the consumption potential']),  # 挖掘农村消费潜力
    (S, 'We should dig out the potential of the red tourism resources.', ['dig out the potential']),  # 挖掘红色旅游资源潜力
    (S, 'The teachers have paid great efforts for the students.', ['paid great efforts']),  # 付出了巨大努力
    (S, 'The village paid arduous efforts to build the road.', ['paid arduous efforts']),  # 付出艰辛努力
    (S, 'Doctors pay unremitting efforts to save every patient.', ['pay unremitting efforts']),  # 付出不懈努力
    # 开展 / 进行 / 做
    (N, 'The workers do disinfection to the market every morning.', ['do disinfection to']),  # 对市场进行消毒
    (N, 'The team did rectification on the hidden dangers found.', ['did rectification on']),  # 对隐患进行整改
    (N, 'Engineers will do reinforcement to the old bridge.', ['do reinforcement to']),  # 对旧桥进行加固
    (N, 'The company does dredging on the river every winter.', ['does dredging on']),  # 对河道进行清淤
    (N, 'Volunteers did propaganda on fire safety in the villages.', ['did propaganda on']),  # 开展消防安全宣传
    (N, 'The institute is doing the evaluation of the damaged relics.', []),  # 对受损文物进行评估: left, 'did the evaluation of' is read as English with an article
    (N, 'The workers carried out the cleaning of the streets, the disinfection of the toilets and the repair of the lights.', ['carried out the cleaning of the streets, the disinfection of']),  # 开展清扫、消毒、维修
    (N, 'The police conducted the checking of vehicles, the registration of visitors and patrols.', ['conducted the checking of vehicles, the registration of']),  # 开展车辆检查、访客登记
    (N, 'The disinfection of the classrooms will be carried out every day.', ['The disinfection of the classrooms will be carried out']),  # 每天开展教室消毒
    (N, 'The dredging of the river channel was carried out before the flood season.', []),  # 汛前开展河道清淤: left, 'the dredging of the harbour was carried out in 2019' is English
    (N, 'The real-time monitoring of water levels has been carried out at 12 stations.', []),  # 开展水位实时监测: left, a report of what was done reads as English
    (N, 'The investigation and rectification of hidden dangers are carried out every month.', ['The investigation and rectification of hidden dangers are carried out']),  # 每月开展隐患排查整治
    (N, 'The county hospital implements two-way referral with the township clinics.', ['implements two-way referral']),  # 实行双向转诊
    (N, 'The medical alliance conducts up-and-down referral for patients.', ['conducts up-and-down referral']),  # 开展上下转诊
    # 解决 / 实现 / 形成 / 安排 / 明察暗访 / 进 / 阳光
    (O, 'The district will solve the parking problem from the source.', ['solve the parking problem from the source']),  # 从源头上解决停车问题
    (O, 'Officials vowed to eliminate the hidden dangers at the root.', ['eliminate the hidden dangers at the root']),  # 从根源上消除隐患
    (O, 'The new pipes will resolve the issue of odour at the source.', []),  # 从源头解决异味问题: left, 'eliminated the problem at the source' is English
    (O, 'The project fundamentally solved the drinking water problem of the village.', ['fundamentally solved the']),  # 从根本上解决饮水问题
    (O, 'The policy will fundamentally resolve the difficulty of financing.', ['fundamentally resolve the']),  # 从根本上解决融资难
    (O, 'To solve the problem of funds are insufficient, the town set up a fund.', ['solve the problem of funds are insufficient']),  # 解决资金不足问题
    (O, 'This solved the problem of parking spaces are few in old communities.', ['solved the problem of parking spaces are few']),  # 解决停车位少的问题
    (O, 'The app solves the problem of the procedures are cumbersome.', ['solves the problem of the procedures are cumbersome']),  # 解决手续繁琐问题
    (O, 'To solve the problem that the elderly fall easily at night, the home installed lights.', ['solve the problem that the elderly fall easily']),  # 解决老人夜间易摔倒问题
    (O, 'To solve the problem that the goods are difficult to sell, the town opened a live studio.', ['solve the problem that the goods are difficult to']),  # 解决农产品难卖问题
    (O, 'The county has basically realized the full coverage of clean heating.', ['basically realized']),  # 基本实现清洁取暖全覆盖
    (O, 'The city has preliminarily realized the sharing of medical records.', ['preliminarily realized']),  # 初步实现病历共享
    (O, 'The district has basically formed a pattern of green development.', ['basically formed a']),  # 基本形成绿色发展格局
    (O, 'The province has preliminarily established a network of service stations.', ['preliminarily established a']),  # 初步建立服务站网络
    (O, 'The county realized "zero" growth of forest fires.', ['realized "zero"']),  # 实现森林火灾“零”增长
    (O, 'The hospital has realized "one-stop" settlement for patients.', ['realized "one-stop"']),  # 实现“一站式”结算
    (O, 'The province has allocated special funds of 20 million yuan to repair the roads.', []),  # 安排专项资金2000万元: left, 'allocated special funds' is English
    (O, 'The city arranged 50 million yuan to build new canteens.', ['arranged 50 million yuan']),  # 安排资金5000万元
    (O, 'The county arranges earmarked funds for the project each year.', ['arranges earmarked funds']),  # 每年安排专项资金
    (O, 'The inspectors made secret visits on the restaurants.', ['made secret visits on']),  # 暗访餐馆
    (O, 'The team carried out open and secret visits to the scenic spots.', ['open and secret visits']),  # 明察暗访景区
    (O, 'Inspectors paid unannounced checks on the kindergartens.', ['paid unannounced checks on']),  # 暗查幼儿园
    (O, 'Traditional Opera Enters Campus in Jinan', ['Enters Campus']),  # 戏曲进校园
    (O, 'Anti-Fraud Knowledge Goes Into Communities', ['Goes Into Communities']),  # 反诈知识进社区
    (O, 'Free Legal Services Enter Thousands of Households', ['Enter Thousands of Households']),  # 法律服务进万家
    (O, 'The new rules let the power operate in the sunshine.', ['power operate in the sunshine']),  # 让权力在阳光下运行
    # 截至目前 / 散小 / 收入 / 财政 / 牧户 / 村民 / 排长队 / 每半年
    (R, 'Up to now, 36 villages have joined the scheme.', ['Up to now']),  # 截至目前
    (R, 'The harvest is over. Up to now a total of 800 tonnes have been sold.', ['Up to now']),  # 截至目前，共销售
    (R, 'Up to present more than 500 households have installed solar panels.', ['Up to present']),  # 截至目前
    (R, 'The scattered and small plots are hard to farm with machines.', ['scattered and small']),  # 地块散小
    (R, 'Scattered, small and weak enterprises could not compete.', ['Scattered, small and weak']),  # 散小弱
    (R, 'The per capita income of farmers reached 18,000 yuan.', []),  # 农民人均收入达: owner after 'of' is English, left
    (R, 'Tea is the main income of the villagers.', ['the main income of the villagers']),  # 村民主要收入
    (R, 'The subsidy has been incorporated into the financial budget.', ['incorporated into the financial budget']),  # 纳入财政预算
    (R, 'County financial funds will cover half of the cost.', ['County financial funds']),  # 县财政资金
    (R, 'The provincial financial subsidies reached 2 billion yuan.', ['provincial financial subsidies']),  # 省级财政补贴
    (R, 'The fisherman households moved ashore after the ban.', ['fisherman households']),  # 渔户
    (R, 'Li Ming, a herdsman of Bayan Gacha, sold 40 yaks.', ['a herdsman of Bayan Gacha']),  # 巴彦嘎查牧民
    (R, 'Patients had to wait in heavy queues at the hospital.', ['heavy queues']),  # 排长队
    (R, 'The committee reports to the villagers every half a year.', ['every half a year']),  # 每半年
]

# renderings no family reads (an older rule may read some)
LEFT = [
    'The county promotes the small silkworm co-breeding to solve the problem of disease.',  # 解决病害问题 (English)
    'The officials went deep into the villages to listen to opinions.',  # 深入村庄听取意见
    'The port has improved the customs clearance efficiency for fresh fruit.',  # 提高通关效率 (two-word nominal)
    'The bank arranged funding for the project.',  # 安排资金 (English)
    'The campaign lets traditional culture enter thousands of households.',  # 传统文化进万家 (lower case: English says "entered thousands of households" of a virus)
    'The total consumption of the night market reached 2 billion yuan.',  # 消费总额 (English in accounts)
]

# Ordinary English sharing the families' words (gate off)
PASSED = [
    # strengthen, supervision, management, construction, publicity
    'The two countries agreed to strengthen ties over the next decade.',
    'The central bank moved to strengthen the yuan on Monday.',
    'The euro strengthened on hopes of a deal.',
    'Regulators will tighten supervision of food delivery platforms.',
    'The city stepped up monitoring of the grassland.',
    'The ministry will strengthen oversight of drug stores.',
    'The coach wants to strengthen the defence before the season.',
    'Exercise strengthens the muscles of the back.',
    'The storm strengthened over the warm waters of the gulf.',
    'The merger will strengthen the company\'s position in Europe.',
    'The new law strengthens protections for tenants.',
    'The supervision of trainee doctors is the consultant\'s job.',
    'Construction of the bridge began in March.',
    'The publicity of the trial troubled the judge.',
    'The inspection of the wreck took three days.',
    'She is in charge of the management of the hotel.',
    'Training at the club starts at seven.',
    'Grassroots campaigners knocked on doors all week.',
    'The party must strengthen its appeal at the grassroots, the senator said.',
    'The summit agreed to strengthen the governance of the eurozone.',
    'The regulator will strengthen the guidance on data protection.',
    'The board will strengthen the management of risk across the group.',
    # efficiency
    'The new boilers improve the energy efficiency of the plant.',
    'Hybrid engines raise the fuel efficiency of buses.',
    'The merger will improve operating efficiency.',
    'The airline wants to boost the efficiency of its fleet.',
    'Automation increased efficiency at the warehouse.',
    'The study measured the efficiency of solar panels.',
    'Faster approvals would help, the developers said.',
    'The customs office cleared the goods within an hour.',
    'The drones helped rescuers find the hikers faster.',
    'The court is handling cases more quickly this year.',
    # keep up
    'Regulation must keep up with technology.',
    'The runners could not keep up with the leader.',
    'Wages have not kept up with prices.',
    'Keep up the good work, the coach told them.',
    'The family struggled to keep up appearances.',
    'He could not keep up the payments on the car.',
    'The farm must keep up production through the winter.',
    'Supply must keep up with demand, the minister said.',
    'Services must keep pace with the growing population.',
    'Schools have to keep up their standards.',
    'The rain kept up all afternoon.',
    # sink
    'The ferry began to sink minutes after the collision.',
    'The sun sank behind the hills.',
    'Her heart sank when she read the letter.',
    'Shares sank 5% on the news.',
    'The company sank millions into the new plant.',
    'The fishermen sank their nets near the reef.',
    'Let the idea sink in before you decide.',
    'The clinic brings services closer to the villages.',
    'The hospital sends doctors to township clinics every week.',
    # dig, potential, efforts
    'The team will tap the potential of saline land.',
    'Archaeologists dug up pottery near the river.',
    'Rescuers dug through the rubble for survivors.',
    'The dog dug a hole in the garden.',
    'The country has great potential for solar power.',
    'Investors saw the potential of the site early.',
    'She has the potential to become a champion.',
    'Reporters dug into the company\'s accounts.',
    'The county made great efforts to revive the industry.',
    'Their efforts paid off in the end.',
    'The firm paid big bonuses to its traders.',
    'He paid great attention to detail.',
    'The union paid tribute to the efforts of the nurses.',
    'The village made huge efforts to build the road.',
    'They paid more than expected for the land.',
    # do, inspection, restoration, maintenance, treatment
    'She did an inspection of the site on Friday.',
    'He does repairs on old cars in his spare time.',
    'The crew does maintenance on the boilers every spring.',
    'The mechanic will do the maintenance for 15 years under the contract.',
    'Specialists restore the damaged sheets with handmade paper.',
    'The restoration of the temple took ten years.',
    'The doctors did the treatment for free.',
    'Students do the investigation for the paper in pairs.',
    'The nurse did the registration for the new patients.',
    'We did the evaluation for the board last month.',
    'Officers now inspect urgent goods at the warehouse door.',
    'Do what you can to help.',
    'Did the inspection go well?',
    'The team did well in the inspection.',
    'The greening of the city has been a success.',
    'The disinfection tunnel at the gate was removed.',
    'They did registration online this year.',
    # carry out, conduct, referral, monitoring
    'Police carried out a search of the house.',
    'Police carried out the search of the house within an hour.',
    'The army carried out the evacuation of the town in one day.',
    'The team conducted the analysis of the samples in March.',
    'The lab conducted tests on the water, the soil and the air.',
    'Engineers carried out the repairs, and the road reopened.',
    'An investigation of the crash was carried out by the board.',
    'The inspection of the wreck was carried out by divers.',
    'The survey was carried out in May.',
    'The monitoring of the volcano continues.',
    'Temperature and humidity will be monitored in real time.',
    'The hospital refers serious cases to the city.',
    'GPs made more referrals to specialists this year.',
    'The clinic operates a two-way referral system with the county hospital.',
    'Doctors carried out the operation in four hours.',
    'The monitoring of temperature is automatic.',
    # solve, problem, root, source
    'Officials will tackle the noise at its source.',
    'We need to get to the root of the problem.',
    'The root of the problem is poor planning.',
    'The problem lies at the root of the tree.',
    'Solving the problem of poverty is difficult.',
    'Solving the problem of housing is the city\'s priority.',
    'They solved the problem that has plagued the town for years.',
    'She solved the problem that the teacher set.',
    'The engineers solved the problem that caused the outage.',
    'The problem of who pays is still open.',
    'The problem of quality is that nobody checks.',
    'The crisis has not been fundamentally resolved.',
    'The two views are fundamentally different.',
    'The report traced the leak to its source.',
    'Rivers carry the pollution from the source to the sea.',
    'The problem that young silkworms fall ill has a simple cause.',
    'The new vaccine solved the problem of disease in young silkworms.',
    'The puzzle is easy to solve.',
    # realise, form, establish
    'She fully realized the potential of the site.',
    'He initially realized that the plan would fail.',
    'The film fully realizes the director\'s vision.',
    'The county has largely achieved full coverage of clean heating.',
    'She realized the door was open.',
    'They realised a profit of 3 million dollars on the sale.',
    'The plan was basically sound.',
    'The ice initially formed along the shore.',
    'The company was established in 1990.',
    'The club has formed a partnership with the school.',
    'He realized "too late" was the phrase he feared.',
    # arrange, allocate, funds
    'The bank arranged funding for the project.',
    'The bank arranged a loan of 5 million dollars.',
    'Her parents arranged a party for her birthday.',
    'The province allocated 20 million yuan to repair the roads.',
    'The school arranged extra classes for the students.',
    'The government set aside special funds for flood relief.',
    'The charity raised special funds for the hospital.',
    'We arranged to meet at noon.',
    'The florist arranged the flowers on the table.',
    # visits, inspections
    'Inspectors make unannounced visits to reservoirs.',
    'The minister made a surprise visit to the hospital.',
    'Inspectors carry out unannounced checks at restaurants.',
    'She paid a visit to her grandmother on Sunday.',
    'The team made secret visits to the camp before the raid.',
    'Open and honest talks followed the visit.',
    # enter, campus, households
    'Students Enter Campus Housing Early This Year',
    'Visitors entering campus must show an ID.',
    'The virus entered thousands of households through tap water.',
    'Thousands of households lost power in the storm.',
    'Ice Hockey Comes to Schools in Beiling',
    'The Band Enters the Charts at Number One',
    'She entered the school in 2019.',
    'New Students Enter Schools Across the Country',
    'Police Enter Campus After Reports of a Gunman',
    # sunshine, power
    'The power plant runs on sunshine and wind.',
    'The cats like to lie in the sun.',
    'Solar power works best in the sunshine.',
    'The mayor promised to keep the process open and transparent.',
    'The power went out during the storm.',
    'Sunlight is said to be the best disinfectant.',
    # mixed ordinary news
    'The city stepped up inspections of construction sites.',
    'The bureau will publicise the new pension rules.',
    'The court cut the time it takes to handle cases.',
    'Doctors from the county hospital visit the clinics every week.',
    'The farms need more investment to realise their potential.',
    'The county will spend 38 million yuan on subsidies.',
    'Teams of engineers will inspect the reservoirs without warning.',
    'The warnings now reach phones within minutes.',
    'The museum restored the scroll last year.',
    'Rescuers searched the houses and freed a man trapped on a roof.',
    'The hospital refers patients both ways with the township clinics.',
    'The county tackled the noise at its source by moving the stalls.',
    'Because quality varied, the prefecture set up a tracing code.',
    'The county has largely achieved the goal of maintaining every road.',
    'Hockey Comes to 120 Schools in the Province',
    # up to now, small and scattered, income, financial, households, villager, queues, half year
    'Up to now, nobody has complained about the noise.',
    'Up to now the village had no road.',
    'The forecast is good for up to now and the weekend.',
    'So far 36 villages have joined the scheme.',
    'Prices rose steadily up to now, with 3% growth.',
    'Small and scattered plots are hard to farm with machines.',
    'The seeds were scattered and the birds ate them.',
    'Farmers\' incomes have doubled in five years.',
    'The income of villagers has doubled in five years.',
    'The income of farmers rose by 8 percent.',
    'The income of farmers in the region fell last year.',
    'Tea is the villagers\' main source of income.',
    'The tax on the income of farmers was abolished in 2006.',
    'The company\'s financial budget for next year is tight.',
    'Students can apply for financial subsidies for housing.',
    'Financial funds flowed out of the country in March.',
    'The bank\'s financial departments agreed to the plan.',
    'The money is included in the county budget.',
    'Farm households in the region grow rice.',
    'Peasant households in the Qing dynasty paid heavy taxes.',
    'The fishermen moved ashore after the ban.',
    'Li Ming, a herder from Bayan Gacha, sold 40 yaks.',
    'He is a fisherman of great skill.',
    'Long queues formed outside the hospital.',
    'Traffic was heavy on the ring road.',
    'The committee reports every six months.',
    'He spent half a year in Paris and a year in Rome.',
    'Every half hour a bus leaves for the airport.',
    'The lottery was held in public to keep it transparent.',
]

PASSED_AT_LEAST = 150

ALONE = [
    'The banner strengthens the supervision of the grassland.',
    'Specialists do restoration to them with handmade paper.',
    'Officials will work to solve the noise problem at the root.',
]

# the families' findings ({rule: span}) in the lone renderings after the evidence
EVIDENCE = MT_EVIDENCE_REPORT
OPENS = {
    'mt-strengthen-raise-calques-40b': 'strengthens the supervision of',
    'mt-nominal-action-calques-40b': 'do restoration to',
    'mt-solve-realise-calques-40b': 'solve the noise problem at the root',
}
