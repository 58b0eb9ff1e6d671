"""The data of the forty-second round's gated collocation families (issue 9), tested by tests/test_gated_families.py.

Families of shape with small closed classes, not phrase lists: things given a person's verb
(走上餐桌, 走进千家万户, 与公众见面, 沉睡), 带来 with a harm, 逐一 / 挨家挨户 as "one by one" after a
verb of checking, the source and age frames 据…统计 and 有…年历史, and the task and list frames
把…作为重要任务 and 入选, and the nominals 主产区 and 生态圈. FOUND holds renderings written for the round from knowledge of Chinese (the
Chinese in a comment). PASSED holds ordinary English written before the families were run on any
data, using the same words (tables, households, relics, meet, seeds, bring, damage, one by one,
statistics, history, took ... as, listed, selected), which no family may report with the gate off."""

from rule_helpers import MT_EVIDENCE_REPORT

FAMILIES = ('mt-personified-objects-42c', 'mt-bring-harm-42c', 'mt-one-by-one-calques-42c',
            'mt-statistics-history-frames-42c', 'mt-task-selection-frames-42c', 'mt-producing-area-circle-42c')

CATEGORY = "style/awkward"

P = 'mt-personified-objects-42c'
B = 'mt-bring-harm-42c'
O = 'mt-one-by-one-calques-42c'
S = 'mt-statistics-history-frames-42c'
T = 'mt-task-selection-frames-42c'
A = 'mt-producing-area-circle-42c'

# (rule, text, the span it must report), with the gate off
FOUND = [
    (P, 'Organic vegetables from the base have walked onto the dining tables of Shanghai residents.', 'walked onto the dining tables'),  # 走上上海市民的餐桌
    (P, 'Selenium-rich tea has gone onto the dining tables of ordinary families.', 'gone onto the dining tables'),  # 走上寻常百姓餐桌
    (P, 'Smart meters have walked into thousands of households.', 'walked into thousands of households'),  # 走进千家万户
    (P, 'The cultural relics will meet the public for the first time.', 'cultural relics will meet the public'),  # 文物将首次与公众见面
    (P, 'More than 200 treasures finally met visitors in the new hall.', 'treasures finally met visitors'),  # 200余件珍宝终于与观众见面
    (P, 'The ancient books sleeping in the library will be digitised.', 'ancient books sleeping in the library'),  # 沉睡在图书馆的古籍
    (P, 'Seeds sleeping in the gene bank can be revived.', 'Seeds sleeping in the gene bank'),  # 沉睡在基因库中的种子
    (B, 'The typhoon brought huge losses to fishermen.', 'brought huge losses to'),  # 给渔民带来巨大损失
    (B, 'Road works bring much inconvenience to residents.', 'bring much inconvenience to'),  # 给居民带来诸多不便
    (B, 'Private wiring brings safety hazards to the community.', 'brings safety hazards to'),  # 给小区带来安全隐患
    (B, 'The illegal mining brought serious damage to the grassland.', 'brought serious damage to'),  # 给草原带来严重破坏
    (O, 'Grid workers visited the households one by one.', 'visited the households one by one'),  # 逐户走访
    (O, 'The team inspected all the enterprises one by one.', 'inspected all the enterprises one by one'),  # 逐一检查企业
    (O, 'Officials verified each household one by one.', 'verified each household one by one'),  # 逐户核实
    (O, "Cadres knocked on villagers' doors one by one.", "knocked on villagers' doors one by one"),  # 挨家挨户敲门
    (O, 'The bureau rectified the hidden dangers one by one.', 'rectified the hidden dangers one by one'),  # 逐一整改隐患
    (S, 'According to the statistics of the county agriculture bureau, yields rose.', 'According to the statistics of'),  # 据县农业局统计
    (S, 'according to incomplete statistics, 40 companies moved in.', 'according to incomplete statistics'),  # 据不完全统计
    (S, 'The village has a history of making paper of more than 500 years.', 'has a history of making paper of more than 500 years'),  # 造纸有500多年历史
    (S, 'Jingdezhen has a history of over 1,000 years of making porcelain.', 'has a history of over 1,000 years of making'),  # 有一千多年制瓷历史
    (T, 'The city has taken garbage sorting as a key task.', 'taken garbage sorting as a key task'),  # 把垃圾分类作为重点工作
    (T, 'The province listed rural roads as a major project.', None),  # 把农村公路列为重大项目: left alone, English budgets and plans list a scheme as a major project
    (T, 'Two of her works were selected into the national art exhibition catalogue.', 'selected into'),  # 入选全国美展目录
    (T, 'Three players were chosen into the provincial team.', 'chosen into'),  # 入选省队
    (A, 'Shouguang is a major producing base of vegetables in the country.', 'major producing base of vegetables'),  # 全国蔬菜主产基地
    (A, 'The county is an important producing area of high-quality apples.', 'important producing area of high-quality apples'),  # 优质苹果重要产区
    (A, 'The park aims to build an industrial ecological circle.', 'ecological circle'),  # 打造产业生态圈
]

PASSED = [
    'The family walked to the dinner table together.',
    'The children ran to the dinner table when the bell rang.',
    'Grandmother moved the dishes to the dining table.',
    'The cat walked onto the dining table and knocked over a glass.',
    'They went into the dining room and sat down at the tables.',
    'Waiters moved between the dining tables with trays of food.',
    'The restaurant added ten dining tables on the terrace.',
    'Local mushrooms have found their way onto dinner tables across the country.',
    'The dish is now served on family tables in every province.',
    'Rice from the valley ends up on dinner tables in Shanghai.',
    'Salesmen went into thousands of homes in the 1950s selling encyclopedias.',
    'Broadband now reaches thousands of households in the valley.',
    'Television entered millions of homes in the 1960s.',
    'Inspectors went into every home on the street after the gas leak.',
    'The virus entered thousands of households within weeks.',
    "The exhibits met the public's expectations.",
    'The exhibits met with public acclaim when the museum reopened.',
    'The mayor will meet the public on Friday.',
    'The curator met visitors at the door.',
    'The relics went on display for the first time in May.',
    'The treasures will be shown to the public next year.',
    'The collections meet the standards set by the ministry.',
    "The museum's collections draw two million visitors a year.",
    'The manuscripts were shown to readers in the reading room.',
    'The artefacts met the public interest test for export.',
    'Curators said the exhibits needed restoration before they could go on show.',
    'The seeds kept in storage are tested every five years.',
    'The seeds were stored in the vault at minus 18 degrees.',
    'The archives in the basement had not been opened for decades.',
    'The children were sleeping in the back of the car.',
    'Refugees were sleeping in tents by the border.',
    'The relics were found sleeping in a drawer, the curator joked.',
    'The seed bank holds 50,000 samples.',
    'Illegal planting did serious damage to the forest.',
    'The storm caused serious damage to the harbour.',
    'The rain brought relief to farmers.',
    'Firefighters brought the damage under control.',
    'The family brought damages against the hospital.',
    'The floods caused great inconvenience to residents.',
    'The closure will cause some inconvenience for commuters, the council said.',
    'The new line brought jobs to the valley.',
    'The reforms brought growth to the region.',
    'The merger brought losses under control within a year.',
    'The company brought its losses down to 2 million dollars.',
    'Bad wiring can put the whole building at risk.',
    'The strike caused heavy losses for the airline.',
    'The fire did damage worth 3 million dollars.',
    'Volunteers brought food to the flooded villages.',
    'The spring brought warmer weather to the north.',
    'The decision brought hope to thousands of families.',
    'He brought trouble on himself.',
    'The drought brought hardship to the north.',
    'One by one, the lights went out across the city.',
    'The guests left one by one after midnight.',
    'She checked the boxes one by one.',
    'He read the names of the dead one by one.',
    'The players came onto the pitch one by one.',
    'The lawyers examined the documents one by one.',
    'Investigators checked every house on the street.',
    'The county inspects every renovated toilet.',
    'Volunteers went door to door to warn residents.',
    'Canvassers knocked on doors across the district.',
    'Police knocked on every door in the village.',
    'He knocked on the door twice and waited.',
    'Officials visited poor households in the mountains.',
    'The inspectors visited 300 firms last year.',
    'The students answered the questions one by one.',
    'The birds flew off one by one.',
    'The teacher called the children one by one to her desk.',
    'The doctor saw the patients one by one.',
    'The council registered every household in the district.',
    'Engineers repaired the bridges after the flood.',
    'The team surveyed the sites before construction began.',
    'The villagers planted trees one by one along the road.',
    'The suspects were brought in one by one for questioning.',
    'According to statistics from the bureau, the area has reached 4.2 million mu.',
    'According to official statistics, prices rose.',
    'According to the latest statistics, unemployment fell to 4 percent.',
    'According to statistics released on Monday, exports rose.',
    'Figures from the statistics office show growth slowed.',
    'The statistics of the survey were published in a journal.',
    'He studied the statistics of rare diseases.',
    'The town has a history of more than 300 years.',
    'The brewery has a 300-year history of brewing beer.',
    'The family has a long history of public service.',
    'The region has a history of flooding.',
    'He has a history of heart disease.',
    'The county has grown persimmons for more than 1,000 years.',
    'The school has a history of sending students to Oxford.',
    'The company has a history of more than 100 years and employs 500 people.',
    'The city has a 2,000-year history.',
    'The county made the toilet campaign a priority.',
    'He was selected for the national youth team last year.',
    'She was elected into the Hall of Fame.',
    'Investors took the drop as a key sign of weakness.',
    'The minister listed housing as a top priority.',
    'The government treated the flood as a top priority.',
    'He took office as the main opposition leader.',
    'She took the job as a key member of the team.',
    'He took the stage as the main speaker.',
    'The council listed the building as a protected monument.',
    'The agency listed the species as endangered.',
    'The company listed its shares on the Hong Kong exchange.',
    'The army took the hill as its main objective.',
    'The coach selected him for the squad.',
    'She was chosen for the national team at 16.',
    'The film was selected for the Cannes festival.',
    'The paper was selected for publication.',
    'He was selected to the All-Star team.',
    'Genes selected in the experiment were sequenced.',
    'The investigators carried out an inspection of the site.',
    'Engineers carried out a survey of the bridge.',
    'The police carried out an investigation into the crash.',
    'The drug plays a role in cell growth.',
    'She played the role of Juliet at the Globe.',
    'Diet plays a major role in heart disease.',
    'The relevant authorities said the road would reopen on Monday.',
    'The painting is a work of art.',
    'The situation in Gaza worsened overnight.',
    'Efforts to reduce emissions have stalled.',
    'The masses gathered in Tahrir Square in 2011.',
    'The whole country mourned the victims.',
    'The whole city turned out for the parade.',
    'He was the best player in the whole province.',
    'The museum will open a new wing next year.',
    'The seeds germinated after a week.',
    'Visitors can meet the artist at the gallery on Sunday.',
    'The candidates met voters in the town hall.',
    'The author will meet readers at the bookshop.',
    'The band met fans after the show.',
    'The new exhibits will be unveiled to the public in March.',
    'The antiques were sold at auction.',
    'The manuscripts had been kept in a monastery for centuries.',
    'Ancient books in the library are being digitised.',
    'The germplasm resources are stored at minus 18 degrees.',
    'Traffic brings noise and fumes to the neighbourhood.',
    'The project brought benefits to the whole county.',
    'The tourists brought money to the town.',
    'The storm brought down power lines.',
    'The trial brought the damage done by the scandal into view.',
    'The mistake brought losses of 2 million dollars for the bank, analysts said, after it sold the bonds.',
    'The rains brought damaging floods across the south.',
    'The policy brought troubled firms back from the brink.',
    'Lawyers brought troubles of their own to the hearing.',
    'The team screened all applicants before the interview.',
    'Officials checked the farms for disease.',
    'Inspectors examined the ships in the harbour.',
    'The surveyors marked the trees to be felled.',
    'Workers numbered the stones one by one before moving the temple.',
    'Staff called the names of the winners one by one.',
    'The nurse called the patients in one at a time.',
    'He took the news as a sign of hope.',
    'They took the result as a key test of the policy.',
    'We took the offer as a compliment.',
    'She took the criticism as an important lesson.',
    'The firm listed the risks as major concerns for investors.',
    'Analysts listed the bank as a key target for takeover.',
    'The rebels took the town as their main base.',
    'The museum took the collection as a gift.',
    'He took the post as the main editor of the paper.',
    'The report listed the measures as key steps to recovery.',
    'The team was selected from 200 applicants.',
    'She was chosen from a list of 50 candidates.',
    'The scheme was chosen over the alternatives.',
    'Players selected in the draft join the league in September.',
    'He went into the team as a replacement.',
    'The town has been a centre of silk weaving for 300 years.',
    'Silk has been woven here for centuries.',
    'The county has raised silkworms for more than 300 years.',
    'According to the statistics, the crime rate fell.',
    'According to incomplete data from the ministry, at least 40 people died.',
    'By a partial count, 300 households joined.',
    'The partial statistics showed a rise in cases.',
    'The incomplete statistics were corrected a week later.',
    'The statistics office of the city said prices rose.',
    'He has a history of violence, the court heard.',
    'The area has a long history of mining.',
    'The clinic has a history of treating injured soldiers since 1915.',
    'The house has a history of 200 years.',
    'The river has a history of bursting its banks.',
    'The company boasts a history of over 150 years.',
    'The village boasts a 500-year history of pottery making.',
    'The party has a history of winning elections in the north.',
    'The festival has a history of 60 years.',
    'The town has a history of welcoming refugees over the years.',
    'The dinner tables were set for 200 guests.',
    'Guests moved to the dining tables at eight.',
    'The waiters set the dinner tables before the guests arrived.',
    'The cutlery was arranged on the dining tables.',
    'The kids ran to the dining tables as soon as lunch was called.',
    'The salesman walked into the homes of strangers.',
    'The team went into every household to count residents.',
    'The census takers went into every home in the village.',
    'The exhibits meet the needs of schools.',
    'The collections met the demand for research material.',
    'The exhibits met the standards required for loan.',
    'The relics were handed to the museum in 1950.',
    'Relics from the dig were shown to reporters.',
    'Manuscripts from the archive met with scepticism from scholars.',
    'The treasures met their end in a fire.',
    'Readers met the author at the launch.',
    'The exhibits can be seen by visitors from Monday.',
    'Visitors will meet the curators at the opening.',
    'The antiques fair met with strong demand.',
    'The seeds that were sleeping in the soil sprouted after the rain, gardeners say.',
    'The flood brought damage to the roads, which were closed.',
    'The hurricane brought damage across the region.',
    'Some inconvenience is expected during the works.',
    'Police brought charges against the driver.',
    'He brought the hazards of the job to light.',
    'The deal brought troubled assets onto the balance sheet.',
    'The report brought the hidden costs of the project to light.',
    'She took the job as the main project manager in 2019.',
    'He took over as key project lead after the director left.',
    'Critics listed the novel as a major work of the decade.',
    'The gallery listed the painting as a key work of the period.',
    'The port serves as a key link in the supply chain.',
    'Analysts took the report as a key link between the two scandals.',
    'The works may bring some disruption to traffic, the council said.',
    'We apologise for any inconvenience this may cause to passengers.',
    'The changes brought some relief to renters.',
    'Every resident will be visited, and the forms collected one by one.',
    'The inspectors checked the lorries one by one at the border.',
    'Nurses checked the patients one by one during the night.',
    'The police interviewed the witnesses one by one.',
    'The auditor examined the accounts one by one.',
    'According to statistics of this kind, the risk is small.',
    'He has a history of 30 years of experience in banking, his firm said.',
    'The church has a history of welcoming migrants of all faiths.',
    "The exhibits meet visitors' needs for information.",
    'Seeds sleeping in the soil can survive for decades.',
    'Archives in the basement were damaged by the flood.',
    'The artefacts met the approval of the committee.',
    'The books were selected in a lottery.',
    'Soldiers were chosen from every regiment.',
    'The delegates walked into the hall one by one.',
    'The guests walked onto the terrace for drinks.',
    'The waiters went to the dinner tables with the first course.',
    'The audience met the announcement with applause.',
    'Rains fell in major producing areas in Brazil.',
    'Frost hit the main producing regions of Minas Gerais.',
    'Dry weather in the main producing areas of the US Midwest hurt yields.',
    'The main producing region for the crop is in the south.',
    "The lake's ecological cycle was disrupted.",
    'Scientists studied the ecological balance of the wetland.',
    'The firm built a cluster of cruise businesses around the port.',
    'The company is a major producer of cotton.',
    'Ivory Coast is the main producing country of cocoa.',
    'The region is a key producing area for wine, officials said.',
    'A circle of ecologists met in Oslo.',
    'Henan is a major grain-producing province.',
]

PASSED_AT_LEAST = 200

# one rendering of each family, each kept quiet by the full catalog when it stands alone
ALONE = [
    "Organic vegetables from the base have walked onto the dining tables of Shanghai residents.",
    "The typhoon brought huge losses to fishermen.",
    "Grid workers visited the households one by one.",
    "According to the statistics of the county agriculture bureau, yields rose.",
    "The city has taken garbage sorting as a key task.",
    "Shouguang is a major producing base of vegetables in the country.",
]

# the families' findings ({rule: span}) in the lone renderings after the evidence
EVIDENCE = MT_EVIDENCE_REPORT
OPENS = {
    P: "walked onto the dining tables",
    B: "brought huge losses to",
    O: "visited the households one by one",
    S: "According to the statistics of",
    T: "taken garbage sorting as a key task",
    A: "major producing base of vegetables",
}
