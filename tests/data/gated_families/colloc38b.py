"""The data of the thirty-eighth round's gated collocation families, tested by tests/test_gated_families.py.

The thirty-eighth round's gated collocation families (issue 9): calqued collocations of the WRITE2 sets
(heldout42-48, each story marked by two editors): a Chinese unit of account kept whole (全县…面积, 销售额),
a figure or price moved by its Chinese verb (突破, 走高, 卖个好价钱, 呈…态势), a policy verb with its
dictionary object (提高…意识, 增强针对性, 引进企业, 严厉打击, 深入, 接受群众监督, 正式上线, 消费券) and
frames of official work (抓紧时间, 抓住窗口期, 解决…难, 对…进行修复, 加大…力度, 做大做强, 开设栏目).
118 renderings were written for the round from knowledge of Chinese before the families (FOUND,
first part; each with its Chinese in a comment) and 50 more after them, not tuned on (FOUND, second
part: the older catalog with every gate off finds 13 of the 50, the families 47; three branches were
then widened for the three they missed, so 50 now). LEFT holds the
renderings no family reads (most are read by older rules). PASSED holds ordinary English sharing the
families' words (the whole county, amount, broke through, sell ... price, consciousness, introduce,
strike hard, go deep into, online, consumption, grasp, window period, difficulty, restoration,
strength, building, opened), which no family may report with the gate off."""

from rule_helpers import MT_EVIDENCE_REPORT

FAMILIES = ('mt-unit-measure-frames-38b', 'mt-market-movement-frames-38b', 'mt-policy-verb-objects-38b', 'mt-policy-work-frames-38b')

CATEGORY = "style/awkward"

# (rule, text, the spans it must report), with the gate off
FOUND = [
    # written before the families
    ('mt-unit-measure-frames-38b', 'The tea garden area of the whole county has reached 120,000 mu.',
     ['The tea garden area of the whole county']),  # 全县茶园面积达12万亩
    ('mt-unit-measure-frames-38b', 'The online sales amount of kiwi fruit in the whole county exceeded 300 million yuan last year.',
     ['The online sales amount of kiwi fruit in the whole county']),  # 全县猕猴桃网络销售额
    ('mt-unit-measure-frames-38b', 'The grain output of the whole prefecture hit a record high.',
     ['The grain output of the whole prefecture']),  # 全州粮食产量
    ('mt-unit-measure-frames-38b', 'The number of tourists received in the whole city during the holiday was 2.3 million.',
     ['The number of tourists received in the whole city']),  # 全市接待游客
    ('mt-unit-measure-frames-38b', 'The total output value of the whole township reached 800 million yuan.',
     ['The total output value of the whole township']),  # 全镇总产值
    ('mt-unit-measure-frames-38b', "There are 136 farmers' cooperatives in the whole county.",
     ['in the whole county']),  # 全县有136个合作社
    ('mt-unit-measure-frames-38b', 'The afforestation area of the whole province exceeded 5 million mu.',
     ['The afforestation area of the whole province']),  # 全省造林面积
    ('mt-unit-measure-frames-38b', 'The GDP of the whole district grew by 6.5 percent.',
     ['The GDP of the whole district']),  # 全区GDP
    ('mt-unit-measure-frames-38b', 'The scenic spots of the whole province received 40 million visitors.',
     ['The scenic spots of the whole province']),  # 全省景区
    ('mt-policy-verb-objects-38b', 'The county will raise the consciousness of protection of the villagers.',
     ['consciousness of protection']),  # 提高保护意识
    ('mt-policy-verb-objects-38b', 'Residents should improve the prevention consciousness and not click unknown links.',
     ['prevention consciousness']),  # 提高防范意识
    ('mt-policy-verb-objects-38b', 'The activity raised the legal consciousness and rule consciousness of the young people.',
     ['rule consciousness']),  # 法治意识、规则意识
    ('mt-policy-verb-objects-38b', 'We must strengthen the service consciousness of the staff.',
     ['service consciousness']),  # 服务意识
    ('mt-policy-verb-objects-38b', 'The training improved the risk consciousness of enterprises.',
     ['risk consciousness']),  # 风险意识
    ('mt-policy-verb-objects-38b', 'The county strengthened the consciousness of fire prevention among the residents.',
     ['consciousness of fire prevention']),  # 防火意识
    ('mt-policy-verb-objects-38b', 'The reform will strengthen the pertinence of the exam.',
     ['strengthen the pertinence']),  # 增强考试针对性
    ('mt-policy-verb-objects-38b', 'We will improve the pertinence and effectiveness of the training.',
     ['improve the pertinence']),  # 提高培训针对性和实效性
    ('mt-policy-verb-objects-38b', 'The measures enhanced the pertinence and operability of the policy.',
     ['enhanced the pertinence']),  # 针对性和可操作性
    ('mt-policy-verb-objects-38b', 'The bureau will enhance the operability of the rules.',
     ['enhance the operability of the rules']),  # 增强可操作性
    ('mt-policy-verb-objects-38b', 'The activities strengthened the centripetal force of the party branch.',
     ['strengthened the centripetal force']),  # 增强向心力
    ('mt-policy-verb-objects-38b', 'The county introduced 17 processing enterprises last year.',
     ['introduced 17 processing enterprises']),  # 引进17家加工企业
    ('mt-policy-verb-objects-38b', 'The town has introduced two silk reeling enterprises.',
     ['introduced two silk reeling enterprises']),  # 引进两家缫丝企业
    ('mt-policy-verb-objects-38b', 'The city introduced 45 projects with a total investment of 12 billion yuan.',
     ['introduced 45 projects']),  # 引进项目45个
    ('mt-policy-verb-objects-38b', 'By introducing leading enterprises, the county extended the industry chain.',
     ['introducing leading enterprises']),  # 引进龙头企业
    ('mt-policy-verb-objects-38b', 'The police will strike hard on telecom fraud.',
     ['strike hard on telecom fraud']),  # 严厉打击电信诈骗
    ('mt-policy-verb-objects-38b', 'The bureau hits hard the illegal grazing in the grassland.',
     ['hits hard the illegal']),  # 严厉打击违法放牧
    ('mt-policy-verb-objects-38b', 'Last year the department struck the illegal acts of sand mining.',
     ['struck the illegal']),  # 打击非法采砂行为
    ('mt-policy-verb-objects-38b', 'The county strikes hard against illegal fishing during the ban period.',
     ['strikes hard against illegal']),  # 严厉打击非法捕捞
    ('mt-policy-verb-objects-38b', 'The campaign severely struck illegal and criminal activities.',
     ['severely struck illegal']),  # 严厉打击违法犯罪活动
    ('mt-policy-verb-objects-38b', 'The police are striking the illegal behaviors of selling fake medicine.',
     ['striking the illegal']),  # 打击违法行为
    ('mt-policy-verb-objects-38b', "The county sent 126 officials to go deep into herders' homes.",
     ["go deep into herders' homes"]),  # 深入牧民家中
    ('mt-policy-verb-objects-38b', 'The list of subsidies will be publicized to accept the supervision of the masses.',
     ['accept the supervision of the masses']),  # 接受群众监督
    ('mt-policy-verb-objects-38b', 'The results will be made public to accept the supervision of society.',
     ['accept the supervision of society']),  # 接受社会监督
    ('mt-policy-verb-objects-38b', 'The village committee accepts supervision from the villagers.',
     ['accepts supervision from the villagers']),  # 接受村民监督
    ('mt-policy-verb-objects-38b', 'The county listened to the opinions of the masses on the plan.',
     ['opinions of the masses']),  # 听取群众意见
    ('mt-policy-verb-objects-38b', 'The service platform formally went online on Monday.',
     ['formally went online']),  # 正式上线
    ('mt-policy-verb-objects-38b', 'The app will formally go online next month.',
     ['formally go online']),  # 正式上线
    ('mt-policy-verb-objects-38b', 'The system went online for trial operation in May.',
     ['went online for trial operation']),  # 上线试运行
    ('mt-policy-verb-objects-38b', 'The platform has been formally put online.',
     ['formally put online']),  # 正式上线
    ('mt-policy-verb-objects-38b', 'The city will issue consumption coupons of 80 million yuan.',
     ['consumption coupons']),  # 发放8000万元消费券
    ('mt-policy-verb-objects-38b', 'Night-time consumption venues must close by 2 a.m.',
     ['consumption venues']),  # 夜间消费场所
    ('mt-policy-verb-objects-38b', 'The town held a consumption festival to boost spending.',
     ['consumption festival']),  # 消费节
    ('mt-unit-measure-frames-38b', 'The total transaction amount reached 1.2 billion yuan.',
     ['The total transaction amount']),  # 交易总额达
    ('mt-unit-measure-frames-38b', 'The sales amount of the company exceeded 50 million yuan.',
     ['The sales amount']),  # 销售额
    ('mt-unit-measure-frames-38b', 'The export amount of the county rose by 12 percent.',
     ['The export amount']),  # 出口额
    ('mt-policy-work-frames-38b', 'Workers are grasping the time to harvest the wheat.',
     ['grasping the time']),  # 抓紧时间
    ('mt-policy-work-frames-38b', 'We must grasp the time to repair the roads before the rainy season.',
     ['grasp the time']),  # 抓紧时间
    ('mt-policy-work-frames-38b', 'The county tightly grasped the responsibility chain of flood prevention.',
     ['tightly grasped the responsibility']),  # 压紧压实责任链条
    ('mt-policy-work-frames-38b', 'Farmers should seize the window period to plant corn.',
     ['seize the window period']),  # 抓住窗口期
    ('mt-policy-work-frames-38b', 'Enterprises must grasp the golden window period of policy support.',
     ['grasp the golden window period']),  # 抓住黄金窗口期
    ('mt-policy-work-frames-38b', 'The canteen will solve the eating difficulty of the elderly.',
     ['solve the eating difficulty']),  # 解决老人吃饭难
    ('mt-policy-work-frames-38b', 'The new car park solved the parking difficulty of residents.',
     ['solved the parking difficulty']),  # 解决停车难
    ('mt-policy-work-frames-38b', 'The county cracked the difficulty of transporting bamboo out of the mountains.',
     ['cracked the difficulty']),  # 破解运输难题
    ('mt-policy-work-frames-38b', 'Workers will do restoration to the ancient bridge.',
     ['do restoration to the']),  # 对古桥进行修复
    ('mt-policy-work-frames-38b', 'Experts carried out physical examination to the old trees.',
     ['carried out physical examination to the']),  # 给古树做体检
    ('mt-policy-work-frames-38b', 'Customs officers do inspection at the door of the warehouse.',
     ['do inspection at the']),  # 上门查验
    ('mt-policy-work-frames-38b', 'Staff do disinfection to the classrooms every day.',
     ['do disinfection to the']),  # 对教室进行消毒
    ('mt-policy-work-frames-38b', 'The archives realize cross-provincial inquiry.',
     ['realize cross-provincial inquiry']),  # 实现跨省查档
    ('mt-policy-work-frames-38b', 'The two ports realise simultaneous operations.',
     ['realise simultaneous operations']),  # 实现同步作业
    ('mt-policy-work-frames-38b', 'The city basically realized one-stop service for residents.',
     ['realized one-stop service']),  # 基本实现一站式服务
    ('mt-market-movement-frames-38b', 'Tea sales in the county broke through 300 million yuan.',
     ['broke through 300 million yuan']),  # 突破3亿元
    ('mt-market-movement-frames-38b', 'The annual output has broken through 50,000 tons.',
     ['broken through 50,000 tons']),  # 突破5万吨
    ('mt-market-movement-frames-38b', 'Telecom fraud still showed a high-incidence situation.',
     ['showed a high-incidence situation']),  # 仍呈高发态势
    ('mt-market-movement-frames-38b', 'Pork prices showed a rising situation in March.',
     ['showed a rising situation']),  # 呈上涨态势
    ('mt-market-movement-frames-38b', 'Farmers can sell the cocoons with a good price this year.',
     ['sell the cocoons with a good price']),  # 卖个好价钱
    ('mt-market-movement-frames-38b', 'In the past, the herders could not sell a good price.',
     ['sell a good price']),  # 卖不上好价钱
    ('mt-market-movement-frames-38b', 'The fruit sold with a high price in the city.',
     ['sold with a high price']),  # 卖出高价
    ('mt-policy-work-frames-38b', 'Volunteers give full-process accompaniment to elderly patients.',
     ['full-process accompaniment']),  # 全程陪同
    ('mt-policy-work-frames-38b', 'The bank provides full-process service for enterprises.',
     ['full-process service']),  # 全流程服务
    ('mt-policy-work-frames-38b', 'The court will increase the handling strength of wage cases.',
     ['increase the handling strength']),  # 加大办案力度
    ('mt-policy-work-frames-38b', 'The bureau increased the punishment strength of illegal acts.',
     ['increased the punishment strength']),  # 加大惩处力度
    ('mt-policy-work-frames-38b', 'The county stepped up the publicity strength of the new policy.',
     ['stepped up the publicity strength']),  # 加大宣传力度
    ('mt-market-movement-frames-38b', 'Cocoon prices walked high this year.',
     ['walked high']),  # 茧价走高
    ('mt-market-movement-frames-38b', 'Pig prices walked low for three months.',
     ['walked low']),  # 猪价走低
    ('mt-policy-work-frames-38b', 'The library opened free online lectures for residents.',
     ['opened free online lectures']),  # 开设免费线上讲座
    ('mt-policy-work-frames-38b', 'The museum opened the interactive column on its website.',
     ['opened the interactive column']),  # 开设互动栏目
    ('mt-policy-work-frames-38b', 'The school opened special classes of calligraphy for pupils.',
     ['opened special classes']),  # 开设书法特色班
    ('mt-policy-work-frames-38b', 'The county opened special sessions of the job fair for graduates.',
     ['opened special sessions of the job fair']),  # 举办专场招聘会
    ('mt-policy-work-frames-38b', 'Farmers have paid big efforts to improve the soil.',
     ['paid big efforts']),  # 下大力气
    ('mt-policy-work-frames-38b', 'The county strengthened the brand building of its tea.',
     ['strengthened the brand building']),  # 加强品牌建设
    ('mt-policy-work-frames-38b', 'The city will further push the construction of the smart port.',
     ['further push the construction of']),  # 推进智慧口岸建设
    ('mt-policy-work-frames-38b', 'The county strengthened the team building of village doctors.',
     ['strengthened the team building']),  # 加强村医队伍建设
    ('mt-policy-work-frames-38b', 'The city will do big and strong the new energy industry.',
     ['do big and strong the']),  # 做大做强新能源产业
    ('mt-policy-work-frames-38b', 'The county will make the tea industry big and strong.',
     ['make the tea industry big and strong']),  # 做大做强茶产业
    ('mt-policy-work-frames-38b', 'The county will do big the industry chain of mushrooms.',
     ['do big the']),  # 做大产业链
    ('mt-policy-work-frames-38b', 'The police found and handled 23 cases of illegal fishing.',
     ['found and handled']),  # 查处
    ('mt-policy-work-frames-38b', 'The exam heat keeps rising this year.',
     ['exam heat']),  # 考公热持续升温
    ('mt-policy-verb-objects-38b', 'The villagers have a strong consciousness of environmental protection.',
     ['consciousness of environmental protection']),  # 环保意识强
    # written after the families, not tuned on
    ('mt-unit-measure-frames-38b', 'The cultivated area of the whole banner reached 3 million mu.',
     ['The cultivated area of the whole banner']),  # 全旗耕地面积
    ('mt-unit-measure-frames-38b', 'The total retail sales of the whole city rose 8 percent.',
     ['The total retail sales of the whole city']),  # 全市社会消费品零售总额
    ('mt-unit-measure-frames-38b', 'There are more than 2,000 homestays in total in the whole county.',
     ['in the whole county']),  # 全县共有民宿2000多家
    ('mt-unit-measure-frames-38b', 'The vegetable output of the whole district exceeded 400,000 tons.',
     ['The vegetable output of the whole district']),  # 全区蔬菜产量
    ('mt-unit-measure-frames-38b', 'The export amount of the company reached 30 million dollars.',
     ['The export amount']),  # 出口额
    ('mt-unit-measure-frames-38b', 'The donation amount has exceeded 5 million yuan.',
     ['The donation amount']),  # 捐款额
    ('mt-market-movement-frames-38b', 'Annual revenue of the park broke through 10 billion yuan.',
     ['broke through 10 billion yuan']),  # 突破100亿元
    ('mt-market-movement-frames-38b', 'Visitors to the festival broke through 200,000 person-times.',
     ['broke through 200,000 person-times']),  # 突破20万人次
    ('mt-market-movement-frames-38b', 'Egg prices have walked low since spring.',
     ['walked low']),  # 蛋价走低
    ('mt-market-movement-frames-38b', 'The villagers hope to sell the oranges with a better price.',
     ['sell the oranges with a better price']),  # 卖个更好的价钱
    ('mt-market-movement-frames-38b', 'Drunk driving cases showed a declining situation.',
     ['showed a declining situation']),  # 呈下降态势
    ('mt-market-movement-frames-38b', 'Fires occur high frequently in dry seasons.',
     ['occur high frequently']),  # 火灾高发
    ('mt-policy-verb-objects-38b', 'We must raise the fire-prevention consciousness of the residents.',
     ['fire-prevention consciousness']),  # 防火意识
    ('mt-policy-verb-objects-38b', 'The activity enhanced the law consciousness of teenagers.',
     ['law consciousness']),  # 法律意识
    ('mt-policy-verb-objects-38b', "Villagers' consciousness of ecological protection has increased.",
     ['consciousness of ecological protection']),  # 生态保护意识
    ('mt-policy-verb-objects-38b', 'The new rules improve the pertinence of poverty relief.',
     ['improve the pertinence']),  # 增强扶贫针对性
    ('mt-policy-verb-objects-38b', 'The district introduced 12 new energy enterprises this year.',
     ['introduced 12 new energy enterprises']),  # 引进新能源企业
    ('mt-policy-verb-objects-38b', 'The park has introduced more than 30 foreign-funded enterprises.',
     ['introduced more than 30 foreign-funded enterprises']),  # 引进外资企业
    ('mt-policy-verb-objects-38b', 'The county introduced 8 projects with an investment of 2 billion yuan.',
     ['introduced 8 projects']),  # 引进项目
    ('mt-policy-verb-objects-38b', 'Police will strike hard against pyramid selling.',
     ['strike hard against pyramid']),  # 严厉打击传销
    ('mt-policy-verb-objects-38b', 'The bureau will resolutely strike illegal logging.',
     ['resolutely strike illegal']),  # 坚决打击非法采伐
    ('mt-policy-verb-objects-38b', "The team went deep into farmers' fields to give guidance.",
     ['went deep into farmers']),  # 深入田间地头
    ('mt-policy-verb-objects-38b', 'Cadres went deep into households to check the situation.',
     ['went deep into households']),  # 深入农户
    ('mt-policy-verb-objects-38b', 'The results were publicized to accept supervision by the public.',
     ['accept supervision by the public']),  # 接受公众监督
    ('mt-policy-verb-objects-38b', 'We will listen to the voices of the masses.',
     ['voices of the masses']),  # 倾听群众呼声
    ('mt-policy-verb-objects-38b', 'The online booking system formally went online last week.',
     ['formally went online']),  # 正式上线
    ('mt-policy-verb-objects-38b', 'The district will hold a consumption carnival in May.',
     ['consumption carnival']),  # 消费嘉年华
    ('mt-policy-verb-objects-38b', 'The government will distribute consumption coupons worth 10 million yuan.',
     ['consumption coupons']),  # 发放消费券
    ('mt-policy-work-frames-38b', 'Farmers are grasping the time to plant rice.',
     ['grasping the time']),  # 抓紧时间
    ('mt-policy-work-frames-38b', 'The firms should seize the window period of the policy.',
     ['seize the window period']),  # 抓住政策窗口期
    ('mt-policy-work-frames-38b', 'The new bus line solved the travel difficulty of villagers.',
     ['solved the travel difficulty']),  # 解决出行难
    ('mt-policy-work-frames-38b', 'The project cracked the difficulty of irrigation in the hills.',
     ['cracked the difficulty']),  # 破解灌溉难题
    ('mt-policy-work-frames-38b', 'Workers do disinfection to the markets twice a day.',
     ['do disinfection to the']),  # 对市场进行消毒
    ('mt-policy-work-frames-38b', 'The bureau increased the law enforcement strength on food safety.',
     ['increased the law enforcement strength']),  # 加大执法力度
    ('mt-policy-work-frames-38b', 'We will intensify the crackdown strength on drunk driving.',
     ['intensify the crackdown strength']),  # 加大打击力度
    ('mt-policy-work-frames-38b', 'The county strengthened the talent team building.',
     ['strengthened the talent team building']),  # 加强人才队伍建设
    ('mt-policy-work-frames-38b', 'The city will make the tourism industry bigger and stronger.',
     ['make the tourism industry bigger and stronger']),  # 做大做强旅游产业
    ('mt-policy-work-frames-38b', 'The school opened special lectures on safety for pupils.',
     ['opened special lectures']),  # 开设安全专题讲座
    ('mt-policy-work-frames-38b', 'The police found and handled 15 drunk drivers.',
     ['found and handled']),  # 查处
    ('mt-policy-work-frames-38b', 'The county has paid huge efforts to protect the river.',
     ['paid huge efforts']),  # 下大力气
    ('mt-policy-work-frames-38b', 'The station realizes seamless connection between metro and bus.',
     ['realizes seamless connection']),  # 实现无缝衔接
    ('mt-policy-work-frames-38b', 'The hospital offers full-process guidance to patients.',
     ['full-process guidance']),  # 全程指导
    ('mt-policy-work-frames-38b', 'The study-abroad heat has cooled this year.',
     ['study-abroad heat']),  # 留学热降温
    ('mt-unit-measure-frames-38b', 'Tourists received in the whole county in the first half exceeded 5 million.',
     ['Tourists received']),  # 全县接待游客
    ('mt-unit-measure-frames-38b', 'The sales amount of new energy vehicles rose 30 percent.',
     ['The sales amount']),  # 新能源汽车销售额
    ('mt-market-movement-frames-38b', 'Telecom fraud presents a high-incidence situation in the county.',
     ['presents a high-incidence situation']),  # 呈高发态势
    ('mt-market-movement-frames-38b', 'The fruit can sell a high price in Shanghai.',
     ['sell a high price']),  # 卖出高价
    ('mt-policy-work-frames-38b', 'The county pushed the construction of the industrial park.',
     ['pushed the construction of']),  # 推进产业园建设
    ('mt-policy-verb-objects-38b', "The villagers' risk consciousness is weak.",
     ['risk consciousness']),  # 风险意识淡薄
    ('mt-policy-work-frames-38b', 'The staff strictly grasp the time to finish the task.',
     ['grasp the time']),  # 抓紧时间
]

# renderings no family reads (an older rule reads most of them)
LEFT = [
    'The campaign enhanced the safety consciousness of the students.',  # 增强安全意识
    'The park introduced a batch of high-tech enterprises.',  # 引进一批高新技术企业
    'The leaders went deep into the grassroots to listen to opinions.',  # 深入基层
    'The volunteers will go deep into villages to publicize the policy.',  # 深入村庄宣传
    'The working group went deep into enterprises to solve problems.',  # 深入企业
    'Officials should go deep into the front line to understand the situation.',  # 深入一线
    'The satisfaction of the masses has risen to 98 percent.',  # 群众满意度
    'The district created new consumption scenes for young people.',  # 消费场景
    'The investment amount of the project is 300 million yuan.',  # 投资额
    'The hospital opened a green channel for elderly patients.',  # 开通绿色通道
    'The bank has set up a green channel for loans to small firms.',  # 开辟绿色通道
    'The court opened up a "green channel" for migrant workers\' wage cases.',  # 开通绿色通道
    'The project solved the difficulty of seeing a doctor for villagers.',  # 解决看病难
    'The measure solved the financing difficulty of small enterprises.',  # 解决融资难
    'The team carried out the search of the houses and the rescue of trapped persons.',  # 开展搜索、救援
    'The county has realized full coverage of 5G signals.',  # 实现5G信号全覆盖
    'The system realizes real-time monitoring of water levels.',  # 实现实时监测
    'The county walks the road of high-end development.',  # 走高端化道路
    'The company walked the road of green development.',  # 走绿色发展道路
    'The village took the road of characteristic industry development.',  # 走特色产业发展道路
    'The number of visitors broke through 100,000 for the first time.',  # 突破10万人次
    'The economy presents a good situation of steady growth.',  # 呈现稳中向好态势
    'The county carries out whole-process supervision of the project.',  # 全过程监管
    'The town solidly pushed forward the construction of beautiful villages.',  # 扎实推进美丽乡村建设
    'The company has completed the enrollment of insurance for 46,800 mu of tea gardens.',  # 完成投保
    'The monitoring of water quality will be carried out in real time.',  # 开展实时监测
    'The county strengthens the supervision of the grassland.',  # 加强草原监管
    'The hidden dangers have been rectified.',  # 隐患已整改
    'The county will carry out the rectification of the problems found by inspectors.',  # 开展整改
    'The work of epidemic prevention was done well.',  # 做好防疫工作
]

# Ordinary English sharing the families' words (the round's precision review, gate off)
PASSED = [
    'It was the best school in the whole county.',
    'The whole county turned out for the funeral.',
    'The storm left the whole county without power for two days.',
    'She knew every farmer in the whole county.',
    'He was the only vet in the whole county for years.',
    'There is not a single cinema left in the whole county.',
    'There are few places in the whole country as beautiful as this valley.',
    'The flood covered an area the size of the whole city.',
    'The tallest building in the whole city is a hotel.',
    'The number of voters in the whole state fell by 2 percent.',
    'The total area of the county is about 1,200 square miles.',
    "The county's tea gardens cover 120,000 mu.",
    'Online sales of mushrooms in the county reached 80 million yuan.',
    'The population of the county has grown by 10 percent since 2010.',
    "The share of the whole city council's budget spent on roads fell.",
    "The value of the whole city's housing stock rose by 5 percent.",
    'There were 40 people in the hall, and altogether the whole town had come out.',
    'In total, the whole district lost power for six hours.',
    'The sales of the company rose by 12 percent.',
    'Total sales reached 1.2 billion dollars last year.',
    'The total transaction value reached 1.2 billion yuan.',
    'The transaction amount is shown on your receipt.',
    'Customers can dispute the transaction amount within 60 days.',
    'The loan amount was set at 300,000 dollars.',
    'The amount of sales tax collected rose by 4 percent.',
    'Investors must put in a minimum investment amount of 10,000 dollars.',
    'The sales volume of electric cars doubled.',
    'The amount of output lost to the strike was small.',
    'The Nikkei broke through 40,000 points for the first time.',
    'The index broke through the 3,000 mark in March.',
    'Gold broke through 2,000 dollars an ounce.',
    'The Dow broke through 30,000 for the first time.',
    'Rescuers broke through the rubble to reach the miners.',
    'Protesters broke through police lines.',
    'Tea sales in the county topped 300 million yuan.',
    'Prices rose sharply this year.',
    'Prices walked a fine line between profit and loss.',
    'He walked high above the city on a tightrope.',
    'The climbers walked high into the hills.',
    'They walked low through the tall grass.',
    'Farmers sold the cocoons at a good price this year.',
    'They sold the house for a good price.',
    'The herders could not get a good price for their sheep.',
    'She sells her paintings at a high price.',
    'He sold it for a decent price.',
    'Sell high, buy low.',
    'The shop sells well at a good price point.',
    'They sold a good product at a fair price.',
    'The car was sold with a high price tag.',
    'The report showed a rising trend in obesity.',
    'The survey showed a steady increase in support.',
    'The video showed a situation in which police lost control.',
    'The case presented a difficult situation for the judge.',
    'The data showed a state of emergency had been declared.',
    'The figures show a stable situation on the border, officials said.',
    'Burglaries remained frequent in the area.',
    'Fraud is common in the county.',
    'The economy showed signs of recovery.',
    'Floods occur frequently in the delta.',
    'The campaign set out to raise consciousness about domestic violence.',
    'Environmental consciousness has grown among young voters.',
    'Class consciousness shaped his politics.',
    'The patient lost consciousness briefly.',
    'Health consciousness is driving sales of low-sugar drinks.',
    'Brand consciousness is strong among teenagers.',
    'The novel explores the consciousness of a dying man.',
    'His consciousness of the risk kept him careful.',
    'The movement raised the consciousness of a generation.',
    'The safety-conscious airline grounded its fleet.',
    'The training made staff more aware of fraud.',
    'The reform will make the exam more relevant to the job.',
    'The question lacked pertinence to the case.',
    'The judge questioned the pertinence of the evidence.',
    'The plan will strengthen the cohesion of the alliance.',
    'The team improved the operability of the aircraft at low speed.',
    'Engineers improved the operability of the control panel.',
    'The county attracted 17 processing companies last year.',
    'She introduced two companies to potential investors.',
    'The fair introduced 40 firms to buyers from Europe.',
    'The law introduced new rules for companies.',
    'The government introduced several measures to help businesses.',
    'The bank introduced new fees for businesses.',
    'The council introduced 45 projects to cut emissions.',
    'He introduced the speakers and sat down.',
    'Britain introduced a windfall tax on energy companies.',
    'The town has attracted two silk-reeling companies.',
    'The police will crack down on telecom fraud.',
    'The storm hit hard across the north of the county.',
    'The recession hit hard in manufacturing towns.',
    'Inflation has hit hard on household budgets.',
    'Floods hit the region hard last summer.',
    'The union struck illegally, the court ruled.',
    'Workers struck at dawn.',
    'The miners struck for higher pay.',
    'The army vowed to strike hard at the rebels.',
    'The bureau cracks down on illegal grazing.',
    'The explorers went deep into the forest.',
    'The divers went deep into the cave.',
    'The game went deep into the night.',
    "The inquiry went deep into the bank's records.",
    'The officials visited herders at home.',
    'Volunteers went door to door in the villages.',
    'The list of subsidies will be posted for public scrutiny.',
    'The bank agreed to be supervised by the central bank.',
    'The results will be made public.',
    'The opium of the masses is a phrase from Marx.',
    'The huddled masses came through Ellis Island.',
    'The service platform was launched on Monday.',
    'The website went online in 2003.',
    'The app will go live next month.',
    'The system went online at midnight.',
    'Customers can go online to check their balance.',
    'Hong Kong will issue consumption vouchers to residents in April.',
    'The city will hand out 80 million yuan in consumer vouchers.',
    'Night-time consumption of alcohol rose during the pandemic.',
    'Nighttime consumption peaks in winter, the utility said.',
    'Consumption of meat fell by 3 percent.',
    'Household consumption grew slowly.',
    'The consumption tax on cars was cut.',
    'Workers are racing against the clock to harvest the wheat.',
    'Students struggle to grasp the time zones.',
    'He could not grasp the timing of the attack.',
    'She grasped the rope tightly.',
    'He tightly grasped the railing as the ship rolled.',
    'Farmers should make use of the short dry spell to plant corn.',
    'HIV can go undetected during the window period.',
    'The canteen will make it easier for the elderly to find a hot meal.',
    'The new car park eased parking problems for residents.',
    'Scientists cracked the code of the virus.',
    'Police cracked the case within a week.',
    'Experts cracked the problem of storing hydrogen.',
    'The company overcame difficulties in its supply chain.',
    'Workers will restore the ancient bridge.',
    'Mechanics do maintenance on the trucks every week.',
    'Inspectors do checks on the farms each year.',
    'Contractors will carry out repairs to the roof.',
    'The council carried out a search of the records.',
    'Police carried out a search of the houses.',
    'Doctors carried out physical examinations of the players.',
    'We did the inspection for the council last year.',
    'The court will step up its work on wage cases.',
    'The bureau increased the strength of the penalties.',
    'Engineers increased the strength of the support beams.',
    'The police stepped up the intensity of patrols.',
    'The coach increased the intensity of training.',
    'Farmers have made great efforts to improve the soil.',
    'She paid close attention to the details.',
    'He paid dearly for his efforts.',
    'The county is building the brand of its tea.',
    'The club strengthened the team with two signings.',
    'The company strengthened the brand with a new campaign.',
    'The city will press ahead with building the smart port.',
    'Residents pushed the council to start the construction of a new school.',
    'The mayor pushed the construction company to finish on time.',
    'The county will expand the tea industry.',
    'The government wants to make the industry stronger.',
    'They did big business last year.',
    'We did strong numbers in the first quarter.',
    'The library opened its doors to the public.',
    'The library holds free online lectures for residents.',
    'The museum added an interactive section to its website.',
    'The school opened a new class for beginners.',
    'The columnist opened the column with a joke.',
    'Parliament opened a special session on the budget.',
    'The gym opened new classes in yoga.',
    'The university opened its online courses to everyone.',
    'The police investigated and dealt with 23 cases of illegal fishing.',
    'She found and hired a new lawyer.',
    'He found and fixed the bug.',
    'The exam season brings heat and stress.',
    'Competition for civil service jobs keeps rising.',
    'The two ports carry out operations at the same time.',
    'He realized full well what had happened.',
    'She realised simultaneous translation was hard.',
    'They realized the importance of the vote.',
    'The firm realized savings of 10 million dollars.',
    'The firm realized cross-border synergies after the merger.',
    'Volunteers accompany elderly patients throughout their visit.',
    'The bank provides end-to-end service for companies.',
    'The process is monitored from start to finish.',
    'The whole process took three weeks.',
    'In the whole process, nobody was hurt.',
    'The county has grown tea for centuries.',
    'Fraud still occurs too often in the county.',
    'The price rose to a record high.',
    'The house sold at auction for a high price.',
    'Shares sold off sharply at the open.',
    'Prices were low, so farmers held back their sheep.',
    'The mine broke through to a new seam.',
    'Output from the whole region fell.',
    'The whole province was on alert.',
    'The governor spoke for the whole province.',
    'Across the county, 136 cooperatives are now active.',
    "The county has 136 farmers' cooperatives.",
    'The amount of rain that fell on the county was a record.',
    'Officials said the total amount of aid had reached 3 million dollars.',
    'The bureau strengthened the rules on grazing.',
    'The reform strengthened the role of the courts.',
    'The company introduced a new product line.',
    'The city introduced a congestion charge for companies entering the centre.',
    'Police stepped up patrols after the attack.',
    'The club raised the price of season tickets.',
    'Residents should be alert to fraud and not click unknown links.',
    'Schools must improve safety for students.',
    'The minister went deep into the detail of the bill.',
    'The campaign went deep into Republican territory.',
    'The company went online with its new booking system in May.',
    'The platform was formally launched on Monday.',
    'The app was formally put into service in June.',
    'The government formally went ahead with the plan.',
    'The tax will hit hard on small businesses.',
    'The county seized the chance to plant corn.',
    'Traders grabbed the window of opportunity.',
    'The bank offered a fast track for small-business loans.',
    'They grasped the time-honoured traditions of the region.',
    'He grasped the time was right to leave.',
    'Doctors said the patient would go home soon.',
    'The governor introduced enterprise zones in the north.',
    'The programme introduced enterprise education to schools.',
    'The reform introduced enterprise bargaining to Australia.',
    'The group introduced three new enterprise software products.',
    'Visitors received free tickets at the gate.',
    'Passengers received compensation for the delay.',
    'Tourists received a warm welcome in the village.',
    'The visitors received the news calmly.',
    'Prices have risen since spring.',
    'Egg prices have fallen since spring.',
    'Prices have walked back some of their gains.',
    'The park has attracted more than 30 foreign-funded companies.',
    'The council introduced more than 30 new rules for businesses.',
    'She introduced more than 30 speakers over the weekend.',
    'The fund introduced about 20 companies to Chinese investors.',
]

# The precision review of the round (written after the families, not tuned on): renderings of the
# same frames the families were not written from, and ordinary English of business, markets, policing,
# sales, tourism and public service that shares their words.
FOUND += [
    ('mt-unit-measure-frames-38b', 'The fruit output of the whole banner exceeded 50,000 tons.',
     ['The fruit output of the whole banner']),
    ('mt-unit-measure-frames-38b', 'The investment of the whole municipality in roads reached 3 billion yuan.',
     ['The investment of the whole municipality']),
    ('mt-unit-measure-frames-38b', 'The retail amount of the supermarket reached 20 million yuan last month.',
     ['The retail amount']),
    ('mt-unit-measure-frames-38b', 'The annual transaction amount of the market exceeded 5 billion yuan.',
     ['The annual transaction amount']),
    ('mt-unit-measure-frames-38b', 'Visitors received this year exceeded 1.5 million person-times.',
     ['Visitors received']),
    ('mt-market-movement-frames-38b', 'The sales of honey broke through 10 million yuan for the first time.',
     ['broke through 10 million yuan']),
    ('mt-market-movement-frames-38b', 'The number of registered users broke through 2 million users.',
     ['broke through 2 million users']),
    ('mt-market-movement-frames-38b', 'Pork prices walked lower after the Spring Festival.',
     ['walked lower']),
    ('mt-market-movement-frames-38b', 'The vegetable prices have walked high since June.',
     ['walked high']),
    ('mt-market-movement-frames-38b', 'Traffic accidents showed a declining situation this year.',
     ['showed a declining situation']),
    ('mt-market-movement-frames-38b', 'Dengue fever cases present an increasing posture.',
     ['present an increasing posture']),
    ('mt-market-movement-frames-38b', 'Fraud cases occur high frequently in rural areas.',
     ['occur high frequently']),
    ('mt-policy-verb-objects-38b', 'The training enhanced the self-protection consciousness of the students.',
     ['self-protection consciousness']),
    ('mt-policy-verb-objects-38b', 'The activity improved the consciousness of frugality of the staff.',
     ['consciousness of frugality']),
    ('mt-policy-verb-objects-38b', 'The meeting stressed to strengthen the centripetal force of the party members.',
     ['strengthen the centripetal force']),
    ('mt-policy-verb-objects-38b', 'The development zone introduced a total of 12 logistics enterprises.',
     ['introduced a total of 12 logistics enterprises']),
    ('mt-policy-verb-objects-38b', 'The town introduced five projects with a total investment of 2 billion yuan.',
     ['introduced five projects']),
    ('mt-policy-verb-objects-38b', 'The public security organs will severely strike the criminal activities of drug trafficking.',
     ['severely strike the criminal']),
    ('mt-policy-verb-objects-38b', 'Police struck hard against the gambling dens in the village.',
     ['struck hard against the gambling']),
    ('mt-policy-verb-objects-38b', "The cadres went deep into the farmers' homes to explain the policy.",
     ["went deep into the farmers' homes"]),
    ('mt-policy-verb-objects-38b', 'The hospital accepts supervision from all sectors of society.',
     ['accepts supervision from all sectors']),
    ('mt-policy-verb-objects-38b', 'We will listen carefully to the vital interests of the masses.',
     ['vital interests of the masses']),
    ('mt-policy-verb-objects-38b', 'The epidemic reporting system formally was put online in March.',
     ['formally was put online']),
    ('mt-policy-verb-objects-38b', 'The city held a night consumption festival on the riverbank.',
     ['night consumption']),
    ('mt-policy-work-frames-38b', 'The county seized the spring window period to plant trees.',
     ['seized the spring window period']),
    ('mt-policy-work-frames-38b', 'The new bus line solved the travel difficulty of the villagers.',
     ['solved the travel difficulty']),
    ('mt-policy-work-frames-38b', 'Experts did disinfection to all the classrooms.',
     ['did disinfection to all']),
    ('mt-policy-work-frames-38b', 'Doctors carried out physical examinations to the elderly residents.',
     ['carried out physical examinations to the']),
    ('mt-policy-work-frames-38b', 'The procuratorate intensified the punishment strength of the crimes.',
     ['intensified the punishment strength']),
    ('mt-policy-work-frames-38b', 'The city paid huge efforts to improve the air quality.',
     ['paid huge efforts']),
    ('mt-policy-work-frames-38b', 'The county strengthened the talent team building.',
     ['strengthened the talent team building']),
    ('mt-policy-work-frames-38b', 'The city further pushed the construction of the sponge city.',
     ['further pushed the construction of']),
    ('mt-policy-work-frames-38b', 'The town made the mushroom industry chain bigger and stronger.',
     ['made the mushroom industry chain bigger and stronger']),
    ('mt-policy-work-frames-38b', 'The library opened free themed lectures every weekend.',
     ['opened free themed lectures']),
    ('mt-policy-work-frames-38b', 'The police found and handled 23 illegal cases.',
     ['found and handled']),
    ('mt-policy-work-frames-38b', 'The hospital provided full-process accompaniment for the elderly patients.',
     ['full-process accompaniment']),
    ('mt-policy-work-frames-38b', 'The system realizes one-stop handling of the business.',
     ['realizes one-stop handling']),
    ('mt-policy-work-frames-38b', 'The county will tightly grasp the implementation of the tasks.',
     ['tightly grasp the implementation']),
    ('mt-unit-measure-frames-38b', 'The export amount of the company increased by 12 percent.',
     ['The export amount']),
    ('mt-unit-measure-frames-38b', 'The grain yield of the whole county reached 300,000 tons.',
     ['The grain yield of the whole county']),
    ('mt-market-movement-frames-38b', 'The market showed a booming situation of sales.',
     ['showed a booming situation']),
    ('mt-market-movement-frames-38b', 'The villagers sold the oranges a good price this year.',
     ['sold the oranges a good price']),
    ('mt-policy-verb-objects-38b', 'The bank raised the fraud prevention consciousness of the customers.',
     ['fraud prevention consciousness']),
    ('mt-market-movement-frames-38b', 'Herders could not sell the yak meat by a good price.',
     ['sell the yak meat by a good price']),
    ('mt-market-movement-frames-38b', 'Farmers sell their fresh tea with a good price in spring.',
     ['sell their fresh tea with a good price']),
]

# renderings of the review that no family reads (a figure under 100 before "in the whole")
LEFT += [
    'Altogether there are 48 scenic spots in the whole prefecture.',
]

PASSED += [
    'Analysts sold the bank shares with a higher price target in mind.',
    'She sold the old house by a lake at a good price.',
    'They sold the company\'s assets with a low price tag.',
    'He sold his vintage guitar with a good price history behind it.',
    'The firm sells premium coffee beans with a better price guarantee.',
    'The population of the whole region fell by 2 percent over the decade.',
    'There are just 12 doctors in the whole county, officials said.',
    'There are fewer than 20 police officers in the whole district.',
    'There were 40 pupils in the whole township when the school opened in 1952.',
    'There are 3 traffic lights in the whole county, and locals are proud of it.',
    'In total, 14 people voted against the plan in the whole district.',
    "The value of the whole county's farmland has doubled since 2010.",
    "The share of the whole city's budget spent on schools fell.",
    'The sales amount is payable within 30 days of delivery.',
    'The donation amount was not disclosed.',
    'The financing amount was not disclosed, but sources put it at $50 million.',
    'The total transaction amount must not exceed $10,000 per day.',
    'The donation amount will be matched by the employer.',
    'The export amount of each licence is capped by the ministry.',
    'The sales amount of the contract was $4.2 million, the filing showed.',
    'Passengers received over 200 euros each in compensation.',
    'Visitors received, on average, two leaflets at the door.',
    'Tourists received a warm welcome from villagers.',
    'Passengers received text messages warning of the delay.',
    'Visitors received during the open day were given free maps.',
    'Passengers received compensation last year after the strike.',
    'Kweichow Moutai shares broke through 2,000 yuan for the first time on Monday.',
    'Gold broke through 500 yuan per gram in Shanghai trading.',
    'The yuan broke through 7 per dollar for the first time since 2008.',
    'Bitcoin broke through $20,000 in December.',
    'The Nasdaq broke through 10,000 points in June.',
    'Protesters broke through two police lines outside parliament.',
    'Rescuers broke through three metres of rubble to reach the survivors.',
    'Prices climbed for a third straight month.',
    'Prices rose sharply after the harvest failed.',
    'Oil prices moved higher on supply worries.',
    'The climbers walked higher up the ridge at dawn.',
    'He walked low along the hedge to avoid being seen.',
    'She sold the house at a good price in 2019.',
    'Farmers hope to sell their crop for a better price next year.',
    'Dealers sold the shares at a higher price than expected.',
    'The shop sells good food at a good price.',
    'The painting sold with a high price tag attached.',
    'The company sold its stake for a decent price.',
    'The figures showed a rising trend in car thefts.',
    'The data present a growing problem for the central bank.',
    'The survey showed a stable situation in the labour market.',
    'The patient presented a declining state of health on admission.',
    'Errors occurred frequently during the first trials.',
    'Thefts happen frequently in the station.',
    'Class consciousness was central to his politics.',
    'Investors showed an acute consciousness of risk after the crash.',
    'She had a deep consciousness of responsibility toward her patients.',
    'Health consciousness has driven sales of low-sugar drinks.',
    'The pertinence of the question was obvious to everyone in the room.',
    'The judge questioned the pertinence and accuracy of the evidence.',
    'The new rules will improve the clarity of the policy.',
    'In the 1980s Beijing introduced private enterprises into sectors once reserved for the state.',
    'The programme introduced three start-up companies that make batteries.',
    'The law introduced new rules for state-owned enterprises.',
    'The exchange introduced 20 companies on its new technology board.',
    'The ministry introduced measures to help small enterprises.',
    'The host introduced several companies whose products were on display.',
    'Reform in the 1990s introduced market discipline to state enterprises.',
    'The new law strikes hard at tax fraud.',
    'China launched a "strike hard" campaign against crime in 1983.',
    'A court ruled the strike illegal.',
    'The government declared the strikes illegal and ordered workers back.',
    'Judges deemed the strike illegal because no ballot was held.',
    'The union called the strike at the illegal mine a success.',
    'Workers went on an illegal strike last week.',
    'The recession hit hard in the industrial north.',
    'The selloff went deep into the afternoon session.',
    "The demands of the masses, Lenin argued, must shape the party's programme.",
    'The trust of the masses is hard to win back.',
    'The service was launched on Monday.',
    'The new app went online for testing in May.',
    'The city handed out consumer vouchers to boost spending.',
    'Beijing has sought to boost night-time consumption, keeping malls open later.',
    'Night-time consumption of alcohol is banned in the park.',
    'Consumption rose 5 percent in the third quarter.',
    'Energy consumption per household fell last year.',
    'Children learn to grasp the time on an analogue clock.',
    'It is hard to grasp the time it takes light to cross the galaxy.',
    'He tightly grasped the rail as the ship rolled.',
    'Investors seized the window of opportunity to sell.',
    'The new garage will ease the parking difficulties residents face.',
    'The council wants to ease the travel difficulties of commuters.',
    'The bridge will solve the transport difficulties of the valley.',
    'Engineers cracked the difficult problem of cooling the chips.',
    'She did publicity for the film in London.',
    'He does restoration on old cars in his garage.',
    'She does restoration for the National Gallery.',
    'They carried out renovation to the property before selling it.',
    'Volunteers did the greening of the square.',
    'The team carried out a search of the houses.',
    'The doctors conducted health checks on all the children.',
    'The coach wants to increase the training intensity before the final.',
    'Police will step up the investigation into the fire.',
    'They increased the support for small firms.',
    'The government will raise the subsidy for farmers.',
    'She paid great attention to detail.',
    'They made great efforts to save the mill.',
    'The donor agreed to strengthen the capacity building programme for local clinics.',
    'The retreat was meant to strengthen the team building work begun last year.',
    'Local groups pushed the construction of the bypass back by a year.',
    'Our plan will make the economy bigger and stronger.',
    'The merger will make the group bigger and stronger.',
    'The union wants to make the sector stronger.',
    'The school opened special classes for refugee children.',
    'The university opened free online courses in 2012.',
    'The gym opened live classes on its app.',
    'The library opens free lectures to the public every Thursday.',
    'Police found and handled the suspect package with care.',
    'Errors are found and handled automatically by the system.',
    'She realised simultaneous delivery was impossible.',
    'The firm realised seamless access would cost too much.',
    'They realized cross-border payments were slower than expected.',
    'Cocoon prices rose this year.',
    'Farmers got a good price for their cocoons this year.',
    'Telecom fraud remained frequent in the county.',
    'Sales reached 80 million yuan, the county said.',
    'The city drew 2.3 million visitors during the holiday.',
    'The list of subsidies will be published for public scrutiny.',
    'The platform was launched on Monday.',
    'The canteen will make it easier for the elderly to find a meal.',
    'Nurses accompany patients throughout their stay.',
    'The rush to sit the civil service exam has grown.',
    'The two cranes operate at the same time.',
    'Shares broke through resistance at 3,000 points.',
    'Sales of electric cars broke through the 1 million mark.',
    'Stocks broke through their previous highs.',
    'He broke through two tackles to score.',
    'The team broke through three defenders to score the winner.',
    'The striker broke through two challenges and scored.',
    'Rates rose higher than expected.',
    'Sales climbed higher in the final quarter.',
    'Costs kept climbing higher through the year.',
    'They sold more at a lower price.',
    'Farmers sold tomatoes by the kilo at a good price.',
    'He sold his car for a low price to a neighbour.',
    'The index showed a downward trend.',
    'Crime figures show a falling rate.',
    'The chart presents a rising line.',
    'The data showed a declining share of coal.',
    'Fire-prevention awareness is high in the valley.',
    'Safety consciousness is drummed into every recruit.',
    'Brand consciousness is strong among young shoppers.',
    'Consciousness of the law was weak in the old empire, historians say.',
    'The firm introduced two new products to the market.',
    'The fund introduced more than 30 start-ups to investors.',
    'Brussels introduced 14 new companies to the sanctions list.',
    'The programme introduced 12 companies to the Chinese market.',
    'Police struck at the heart of the gang.',
    'The court struck down illegal clauses in the contract.',
    'Storms struck the illegal camps along the river.',
    'Strike action is illegal for police officers.',
    'Protesters went deep into the square.',
    'The reporter went deep into the archives.',
    'He accepted the supervision of his doctor during treatment.',
    'The site formally launched in March.',
    'The store went online in 1999.',
    'Trial operation of the line began in June.',
    'Consumption patterns shifted during the pandemic.',
    'Household consumption fell by 1 percent.',
    'Night-time consumption peaks at weekends.',
    'Scientists grasp the time scales involved.',
    'Few grasped the time pressure the team was under.',
    'Doctors seized the window to operate.',
    'Engineers solved the parking problem with a new garage.',
    'They did inspection work at the airport for years.',
    'The ministry stepped up the enforcement of the new rules.',
    'They increased the crackdown on drug gangs.',
    'The coach paid great attention to the defence.',
    'The company strengthened its brand in Asia.',
    'The city pushed the construction schedule forward.',
    'The group wants to make its business bigger.',
    'They opened a new class for beginners.',
    'Full-time staff found and fixed the leak.',
    'Exam stress rises every June.',
    'The team realised simultaneous goals were not possible.',
]

PASSED_AT_LEAST = 413

ALONE = [
    'The tea garden area of the whole county has reached 120,000 mu.',
    'Cocoon prices walked high this year.',
    'The reform will strengthen the pertinence of the exam.',
    'Workers are grasping the time to harvest the wheat.',
]

# the families' findings ({rule: span}) in the lone renderings after the evidence
EVIDENCE = MT_EVIDENCE_REPORT
OPENS = {
    'mt-unit-measure-frames-38b': 'The tea garden area of the whole county',
    'mt-market-movement-frames-38b': 'walked high',
    'mt-policy-verb-objects-38b': 'strengthen the pertinence',
    'mt-policy-work-frames-38b': 'grasping the time',
}
