"""Review material for the gated families of the forty-second round (colloc42c.py: things given a
person's verb, 'bring' with a harm, 'one by one' after a verb of checking, the statistics and
history frames, the task and selection frames, 'producing area' and 'ecological circle'; issue 9),
tested by tests/test_gated_families.py beside colloc42c.py.

``PASSED``: correct professional English (news, markets, government, China coverage, sport,
courts, science, museums) that uses the families' words and shapes; no family, gate off, may
report any of it. Written before the families were run on them.
``FOUND``: MT renderings of the same calques not listed by colloc42c.py, made up for the review
(the Chinese in a comment); ``None`` where the families leave a rendering alone."""

from rule_helpers import MT_EVIDENCE_REPORT, data_module

_ROUND = data_module("gated_families/colloc42c")
FAMILIES, CATEGORY = _ROUND.FAMILIES, _ROUND.CATEGORY
P, B, O, S, T, A = _ROUND.P, _ROUND.B, _ROUND.O, _ROUND.S, _ROUND.T, _ROUND.A

PASSED = [
    # tables, households, walking and going (news, features, economics)
    'Stimulus cheques went into millions of households\' bank accounts within a week.',
    'The money went into millions of households across the country, the Treasury said.',
    'Census takers went into thousands of households in the poorest districts.',
    'Social workers went into ordinary households to interview parents.',
    'Television walked a fine line in millions of households that year.',
    'Investigators stepped into the dining room, where two tables had been overturned.',
    'The waiter stepped onto the terrace between the dinner tables.',
    'The toddler climbed onto the dining table while his parents were out.',
    'Guests went to their dinner tables after the speeches.',
    'Fresh asparagus is back on dinner tables across Germany this spring.',
    'Lobster has become a fixture on family tables at Christmas.',
    'The chef walked between the tables, greeting regular customers.',
    'Burglars walked into two homes on the same street on Sunday night.',
    'Inflation is eating into the budgets of millions of households.',
    'Energy bills going into millions of households will rise in April.',
    'Broadband now reaches nine in ten households, the regulator said.',
    'Social workers walked into millions of households\' lives through television.',
    # relics, exhibits, collections, seeds, archives and meeting
    'Antiques dealers met visitors at the fair in Maastricht.',
    'Collections staff met the public at an open day on Saturday.',
    'Exhibits officer Jane Hart met visitors at the door.',
    'The museum\'s treasures went on display for the first time since 1939.',
    'The relics will go on public display next month, the diocese said.',
    'The exhibits have been redesigned to meet visitors\' needs.',
    'The collections are expanding to meet readers\' demands.',
    'Curators hope the manuscripts will meet the public\'s expectations.',
    'The exhibits met with praise from critics and visitors alike.',
    'The new galleries put more of the collections in front of visitors.',
    'Many exhibits are designed to meet visitors halfway.',
    'The treasures on loan to the museum met strict insurance standards.',
    'Manuscripts held by the library meet conservation standards, the audit found.',
    'The antiques were valued before the owners met the buyers.',
    'Seeds stored in the Svalbard vault are kept at minus 18 degrees.',
    'Seeds sleeping in the soil can germinate after decades.',
    'The archives, kept in a basement since 1950, were moved to a new building.',
    'Relics of the saint are kept in the cathedral treasury.',
    'The guard was found sleeping in the museum basement.',
    'Homeless people were sleeping in the library doorway.',
    # bring and harm (markets, weather, sport, law)
    'Friday brought big losses for tech stocks on Wall Street.',
    'The session brought heavy losses for miners and banks.',
    'December brought some losses for the Lakers, who fell to fifth.',
    'The month brought many losses for the club after a strong start.',
    'The storm brought heavy rain to the coast and damage to hundreds of homes.',
    'The rain brought relief to farmers in the south.',
    'The merger brought new jobs to the town.',
    'Firefighters brought the fire under control by midnight.',
    'The family brought damages claims against the hospital.',
    'The hurricane caused severe damage to homes along the coast.',
    'The strike caused great inconvenience to commuters, the operator said.',
    'The closure caused some inconvenience for shoppers.',
    'Investors suffered heavy losses when the fund collapsed.',
    'The fire did serious damage to the roof of the cathedral.',
    'Brought to you by the makers of the show.',
    'The court brought an end to the dispute.',
    'The reforms brought some relief to small firms.',
    'The win brought some joy to a city that had suffered heavy losses.',
    'Bringing damage claims to court is expensive, lawyers say.',
    'Hurricane Ian brought severe damage to Florida\'s west coast.',
    'The storm brought heavy damage to crops in the north.',
    # one by one (rescue, courts, sport, everyday English)
    'One by one, the survivors were brought out of the rubble.',
    'Rescuers checked the collapsed buildings one by one for survivors.',
    'Soldiers searched the houses one by one.',
    'The judge called the witnesses one by one.',
    'The coach called the players one by one into his office.',
    'Investigators called the families one by one to break the news.',
    'The prince visited the families one by one after the disaster.',
    'The teacher called the children one by one to her desk.',
    'Archaeologists numbered the tombs one by one as they were uncovered.',
    'The lights in the houses went out one by one.',
    'The ships left the harbour one by one at dawn.',
    'The banks failed one by one in the autumn of 1931.',
    'The firms collapsed one by one as credit dried up.',
    'Officials went door to door to warn residents.',
    'Volunteers knocked on doors in every street of the ward.',
    'She checked the boxes one by one before signing.',
    'The auditors examined the accounts one by one.',
    'The minister answered the questions one by one.',
    'The jury considered the charges one by one.',
    'The team picked off its rivals one by one.',
    'The clubs were visited by inspectors one after another.',
    'Inspectors visited every farm in the valley last year.',
    'Engineers inspected every bridge on the motorway after the quake.',
    'The council will repair the damaged homes as soon as funds arrive.',
    # statistics and history (government, business, science, medicine)
    'According to statistics from the bureau, exports rose 5%.',
    'According to official statistics, unemployment fell in March.',
    'According to the statistics office, prices rose 2%.',
    'According to statistics published by the ministry, crime fell.',
    'According to government statistics, the population is ageing.',
    'According to the latest statistics, 40% of adults smoke.',
    'According to statistics, women live longer than men.',
    'According to the statistics, the risk is small.',
    'According to statistics gathered by the charity, 300 people died.',
    'According to statistics compiled by Reuters, deals fell.',
    'According to the bureau\'s statistics, output rose.',
    'The town has a history of more than 800 years.',
    'The brewery has a 300-year history of brewing beer.',
    'The company has a long history of paying dividends.',
    'The patient had a history of smoking and high blood pressure.',
    'The bank has a history of lending to small firms.',
    'The region has a history of flooding, residents say.',
    'The club has a history of producing young talent.',
    'The city boasts a history of 2,000 years.',
    'Georgia has 8,000 years of winemaking history.',
    'The firm has a history of more than 100 years, its chairman said.',
    'He has a history of 20 years in banking.',
    'Patients with a history of 20 years of smoking were excluded.',
    'The winery has a history of more than 200 years of winemaking.',
    'The abbey has a history of 900 years of brewing in the valley.',
    'The village has made paper for more than 500 years.',
    # tasks, projects, lists, selection (policy, business, sport, science)
    'The government listed the new hospital as a priority.',
    'The plan lists the metro extension as a priority project.',
    'The minister took office as the main opposition leader resigned.',
    'She took over as the main project manager in May.',
    'He took the job as the key account manager.',
    'The firm took on the bridge as a major project.',
    'Investors took the drop as a key sign of weakness.',
    'She took the remark as an important compliment.',
    'He took up his post as the main adviser to the board.',
    'Critics listed the novel as a major work of the decade.',
    'The school took the exam results as the main measure of success.',
    'The report listed obesity as the main cause of the rise.',
    'Analysts took the figures as a key indicator of demand.',
    'The coach took the defeat as an important lesson.',
    'He was selected for the national team last year.',
    'She was elected into the Hall of Fame in 2010.',
    'The samples were selected into the study at random.',
    'Residents were randomly selected into the treatment group.',
    'She was drafted into the army at 18.',
    'The company was chosen for the government\'s pilot programme.',
    'The film was selected for the Cannes competition.',
    'He was voted into the team of the season.',
    'The government made flood control a priority this year.',
    'The budget lists the new hospital as a major project.',
    'The EU listed the pipeline as a key project of common interest.',
    'Residents were randomly selected into the jury pool.',
    'The county made the toilet campaign a top priority.',
    'The ministry set the cleanup as its main task for the year.',
    # producing areas, ecological, circles
    'Dry weather hurt yields in major producing areas in Brazil.',
    'Frost hit the main producing regions of Minas Gerais.',
    'Prices rose after floods in key producing areas.',
    'The main producing areas of the country are in the north.',
    'Ivory Coast is the world\'s main cocoa-producing country.',
    'Rain fell over major corn-producing areas of the Midwest.',
    'Yunnan is one of China\'s main tea-growing regions.',
    'The idea has won support in ecological circles.',
    'The theory is well known in ecological circles.',
    'His work is respected among ecological circles in Europe.',
    'The proposal caused a stir within ecological circles.',
    'Wolves are part of the ecological circle of life in Yellowstone.',
    'The lake\'s ecological cycle was disrupted by the dam.',
    'The port will build a cruise ecosystem with hotels and shops.',
    'Scientists studied the ecological balance of the wetland.',
    'In political circles, the plan is seen as a gamble.',
    'The Arctic Circle has a fragile ecology.',
    # China coverage, written well
    'Baishan is one of China\'s main ginseng-growing areas.',
    'Shouguang, in Shandong, supplies much of northern China with vegetables.',
    'Figures from the county agriculture bureau show yields rose 8%.',
    'Jingdezhen has made porcelain for more than 1,000 years.',
    'Grid workers visited every household in the village.',
    'Officials checked every enterprise in the park for fire risks.',
    'Cadres went door to door to explain the new rules.',
    'The relics will go on display in the Palace Museum next month.',
    'Seeds kept in the gene bank in Kunming are tested every year.',
    'Organic vegetables from the farm now reach dinner tables in Shanghai.',
    'Smart meters have been installed in millions of homes.',
    'The typhoon caused heavy losses for fishermen in Zhejiang.',
    'Road works have caused much inconvenience to residents of the old town.',
    'Beijing has made air pollution a top priority.',
    'Three players from Shandong were selected for the national squad.',
    'The county is one of Shaanxi\'s main apple-growing areas.',
    'Hangzhou is building an ecosystem of digital firms.',
    'The Palace Museum has more than 1.8 million items in its collections.',
    'Many treasures remain in storage, the museum said.',
    'Tea from Pu\'er has found its way onto dining tables across Asia.',
    # courts and sport
    'The court heard the defendants one by one.',
    'The defence called its witnesses one by one.',
    'The verdict brought some relief to the families.',
    'The ruling brought an end to years of litigation.',
    'The Supreme Court took the case as its main business of the term.',
    'The Yankees were selected for the opening game at Tokyo Dome.',
    'He was chosen for the England squad after a strong season.',
    'The club has a history of more than 130 years.',
    'The stadium has hosted finals for more than 90 years.',
    'United suffered heavy losses on the road in January.',
    'The Bulls went into the All-Star break with three straight losses.',
]

# renderings the round's data does not list (the Chinese in a comment); None where missed
FOUND = [
    (P, 'Fresh seafood from Zhoushan has stepped onto the dinner tables of Beijing citizens.', 'stepped onto the dinner tables'),  # 走上北京市民的餐桌
    (P, 'Clean energy has gone into millions of households.', None),  # 走进千家万户: missed, people and money go into households; only 'walked / stepped into' is read
    (P, 'The exhibits will officially meet the public on May 18.', 'exhibits will officially meet the public'),  # 展品将于5月18日正式与公众见面
    (P, 'The rare manuscripts have finally met readers.', 'manuscripts have finally met readers'),  # 珍贵手稿终于与读者见面
    (P, 'Archives sleeping in the basement were digitised.', 'Archives sleeping in the basement'),  # 沉睡在地下室的档案
    (P, 'The new products will meet consumers next month.', None),  # 新产品下月与消费者见面: missed, products are not in the collection class
    (P, 'Rural tourism has walked into the lives of ordinary people.', None),  # 走进百姓生活: missed, 'lives' is not a household
    (P, 'The cultural relics slept in the warehouse for decades.', 'cultural relics slept in the warehouse'),  # 文物在库房沉睡了几十年
    (B, 'The heavy snow brought great losses to farmers.', 'brought great losses to'),  # 给农民带来巨大损失
    (B, 'Illegal parking brings great inconvenience to residents.', 'brings great inconvenience to'),  # 给居民带来极大不便
    (B, 'Aging pipes bring potential safety hazards to residents.', 'bring potential safety hazards to'),  # 带来安全隐患
    (B, 'The epidemic brought a huge impact to the tourism industry.', None),  # 给旅游业带来巨大冲击: missed, 'impact' is not in the class of harms
    (B, 'The flood brought serious threats to the lives of villagers.', None),  # 带来严重威胁: missed
    (O, 'Staff checked the gas pipes of every household one by one.', None),  # 逐户检查燃气管道: missed, the object is the pipes
    (O, 'The team screened the risk points one by one.', 'screened the risk points one by one'),  # 逐一排查风险点
    (O, 'Village cadres registered the villagers one by one.', 'registered the villagers one by one'),  # 逐一登记村民
    (O, 'Inspectors went door to door one by one to check fire extinguishers.', 'went door to door one by one'),  # 挨家挨户
    (S, 'According to the statistics of the Ministry of Commerce, sales rose 12%.', 'According to the statistics of'),  # 据商务部统计
    (S, 'Anxi has a history of more than 1,000 years of planting tea.', 'has a history of more than 1,000 years of planting'),  # 安溪种茶有一千多年历史
    (S, 'The county has a tea-planting history of more than 1,000 years.', None),  # 有一千多年种茶历史: missed, the gerund is inside a compound
    (T, 'The town took poverty alleviation as the primary task.', 'took poverty alleviation as the primary task'),  # 把脱贫攻坚作为首要任务
    (T, 'The city listed air pollution control as a key content of its work.', 'listed air pollution control as a key content'),  # 列为工作重点内容
    (T, 'Her paintings were selected into the national exhibition.', None),  # 入选全国美展: missed, 'exhibition' is not in the class of lists
    (A, 'Zhaotong is a main producing area of apples in Yunnan.', 'main producing area of apples'),  # 云南苹果主产区
    (A, 'The city aims to build a digital economy ecological circle.', 'ecological circle'),  # 数字经济生态圈
]

# one of the review's renderings of each family, each quiet alone under the full catalog
ALONE = [
    "Fresh seafood from Zhoushan has stepped onto the dinner tables of Beijing citizens.",
    "The heavy snow brought great losses to farmers.",
    "The team screened the risk points one by one.",
    "According to the statistics of the Ministry of Commerce, sales rose 12%.",
    "The town took poverty alleviation as the primary task.",
    "Zhaotong is a main producing area of apples in Yunnan.",
]
EVIDENCE = MT_EVIDENCE_REPORT
OPENS = {
    P: "stepped onto the dinner tables",
    B: "brought great losses to",
    O: "screened the risk points one by one",
    S: "According to the statistics of",
    T: "took poverty alleviation as the primary task",
    A: "main producing area of apples",
}
