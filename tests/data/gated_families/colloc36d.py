"""The data of the thirty-sixth round's gated collocation families, tested by tests/test_gated_families.py.

The thirty-sixth round's gated collocation families (issue 9): verb-object pairs English does not
use (提高…意识, 提升服务, 提供保障, 激发活力, 拓宽渠道, 加大投入, and the everyday 咨询血压, 充电, 挂号,
投入使用, 通车, 夺冠, 拉动消费), frames of official prose (在…方面,
在一定程度上, 发挥…作用, 为…奠定基础, 营造…环境, …事业) and paired four-character slogans (提质增效,
降本增效, 增产增收, 应收尽收, 落实到位, 逐级落实) that an editor marks "collocation". 446 renderings were
written for the round from knowledge of Chinese and of how engines render it (each with its Chinese
in a comment), and the whole catalog was run over them with every gate off: older rules found 153,
the new families find 199 of the other 293 (FOUND), and 94 are left to no rule (LEFT: shapes that
good English also writes, or that no safe branch was found for, such as "improved the image of the city", "At present, ...", "created a
good environment for the growth of young people"). PASSED holds the round's ordinary English
sharing the families' words (awareness, service, guarantee, vitality, sales channels, input, to a
certain extent, role, foundation, environment, the cause of, in place, costs and efficiency), with
REVIEW (a second review close to each branch) and EVERYDAY (for the everyday pairs), which no family
may report with the gate off: 638 sentences, 0 hits; a second reader's review
(tests/data/colloc36d_review.yaml) adds 293 more, 0 hits after its narrowing, and 22 renderings."""

import os

import yaml

from rule_helpers import MT_EVIDENCE_REPORT

FAMILIES = ("mt-verb-object-pairs-36d", "mt-official-frames-36d", "mt-paired-slogans-36d")

CATEGORY = "style/awkward"

# (rule, text, the spans it must report): renderings invented for the round that no older rule finds
FOUND = [
    ('mt-verb-object-pairs-36d', 'The county improved the safety awareness of the masses.',
     ['improved the safety awareness of the masses']),  # 提高群众的安全意识
    ('mt-verb-object-pairs-36d', 'The campaign aims to improve the environmental awareness of residents.',
     ['improve the environmental awareness of residents']),  # 提高居民环保意识
    ('mt-verb-object-pairs-36d', 'The bank will raise the service to a new level.',
     ['raise the service to a new level']),  # 提升服务水平
    ('mt-verb-object-pairs-36d', 'The hospital raised the service for elderly patients.',
     ['raised the service for elderly']),  # 提升服务
    ('mt-verb-object-pairs-36d', 'The city will strengthen the guarantee of housing for new residents.',
     ['strengthen the guarantee of housing']),  # 加强保障
    ('mt-verb-object-pairs-36d', 'The province strengthened the guarantee of land and funds for key projects.',
     ['strengthened the guarantee of land']),  # 加强要素保障
    ('mt-verb-object-pairs-36d', 'The reform opened the market vitality.',
     ['opened the market vitality']),  # 激发市场活力
    ('mt-official-frames-36d', 'The city made progress in the aspect of environmental protection.',
     ['progress in the aspect of']),  # 在…方面
    ('mt-official-frames-36d', 'The company has advantages in the aspects of technology and talent.',
     ['advantages in the aspects of']),  # 在…方面
    ('mt-official-frames-36d', 'The measure solved the problem of parking difficulty to a certain extent.',
     None),  # given up in the precision review: 'The new policy has to a certain extent alleviated the shortage of nurses' is English
    ('mt-official-frames-36d', 'The cooperative played a role of bridge between farmers and the market.',
     ['played a role of bridge']),  # 发挥…作用
    ('mt-official-frames-36d', 'The project laid a solid foundation for the rural revitalization.',
     ['laid a solid foundation for the rural revitalization']),  # 为…打下坚实基础
    ('mt-official-frames-36d', 'The meeting laid a solid foundation for the high-quality development.',
     ['laid a solid foundation for the high-quality development']),  # 为…奠定基础
    ('mt-official-frames-36d', 'The plan has laid a good foundation for the realization of the goals.',
     ['laid a good foundation for the realization']),  # 为…奠定基础
    ('mt-official-frames-36d', 'The city created a good environment for the development of enterprises.',
     ['created a good environment for the development of enterprises']),  # 营造良好环境
    ('mt-official-frames-36d', 'The city provided all-round comprehensive services for enterprises.',
     ['all-round comprehensive']),  # 全方位
    ('mt-official-frames-36d', 'The county will promote the high-quality development of the cause of education.',
     ['development of the cause of education']),  # 高质量发展
    ('mt-verb-object-pairs-36d', 'Residents have established the awareness of garbage sorting.',
     ['established the awareness of garbage sorting']),  # 树立意识
    ('mt-verb-object-pairs-36d', 'The county strengthened the awareness of service.',
     ['strengthened the awareness of service']),  # 强化意识
    ('mt-verb-object-pairs-36d', 'The district strengthened the service for enterprises.',
     ['strengthened the service for enterprises']),  # 强化服务
    ('mt-verb-object-pairs-36d', 'The county made up the shortboard of the infrastructure.',
     ['made up the shortboard']),  # 补齐短板
    ('mt-verb-object-pairs-36d', 'The county broke the problem of financing difficulty.',
     ['broke the problem of']),  # 破解难题
    ('mt-verb-object-pairs-36d', 'The cooperative expanded the sales channel of the farmers.',
     ['expanded the sales channel of the farmers']),  # 拓宽渠道
    ('mt-verb-object-pairs-36d', 'The county widened the channels of the increase of incomes.',
     ['channels of the increase of incomes']),  # 拓宽渠道
    ('mt-verb-object-pairs-36d', 'The policy expanded the development space of enterprises.',
     ['expanded the development space of']),  # 拓展空间
    ('mt-verb-object-pairs-36d', 'The company opened up the market of Southeast Asia.',
     ['opened up the market of S']),  # 拓展市场
    ('mt-verb-object-pairs-36d', 'The city built a solid defense line of the epidemic prevention.',
     ['defense line of the epidemic prevention']),  # 筑牢防线
    ('mt-verb-object-pairs-36d', 'The city wove a dense network of medical services.',
     ['wove a dense network of medical']),  # 织密网络
    ('mt-verb-object-pairs-36d', 'The city made the brand of tourism loud.',
     ['made the brand of tourism loud']),  # 打响品牌
    ('mt-verb-object-pairs-36d', 'The port built a benchmark of the smart port.',
     ['built a benchmark of the']),  # 打造标杆
    ('mt-verb-object-pairs-36d', 'The company set up a benchmark of the industry.',
     ['set up a benchmark of the']),  # 树立标杆
    ('mt-verb-object-pairs-36d', 'The court provided judicial guarantee for the development.',
     ['provided judicial guarantee for']),  # 提供保障
    ('mt-verb-object-pairs-36d', 'The police provided strong security guarantee for the event.',
     ['provided strong security guarantee for']),  # 提供保障
    ('mt-verb-object-pairs-36d', 'The policy added new power to the development.',
     ['added new power to the development']),  # 增添动力
    ('mt-verb-object-pairs-36d', 'The reform activated the elements of the countryside.',
     ['activated the elements of the countryside']),  # 激活要素
    ('mt-verb-object-pairs-36d', 'The county activated the idle assets.',
     ['activated the idle assets']),  # 盘活资产
    ('mt-verb-object-pairs-36d', 'The reform released the dividends of the policy.',
     ['released the dividends of the policy']),  # 释放红利
    ('mt-verb-object-pairs-36d', 'The park raised the taste of the city.',
     ['raised the taste of the city']),  # 提升品位
    ('mt-verb-object-pairs-36d', 'The contest showed the style of the workers.',
     ['showed the style of the workers']),  # 展示风采
    ('mt-verb-object-pairs-36d', 'The exhibition showed the new look of the new era.',
     ['the new look of the new era']),  # 展现风貌
    ('mt-verb-object-pairs-36d', 'The old street glowed with new vitality.',
     ['glowed with new vitality']),  # 焕发活力
    ('mt-verb-object-pairs-36d', 'The village radiated new vitality.',
     ['radiated new vitality']),  # 焕发生机
    ('mt-verb-object-pairs-36d', 'The market burst out vitality.',
     ['burst out vitality']),  # 迸发活力
    ('mt-verb-object-pairs-36d', 'The party branch gathered the strength of the masses.',
     ['gathered the strength of the masses']),  # 凝聚力量
    ('mt-verb-object-pairs-36d', 'The campaign converged the power of the whole society.',
     ['converged the power of the whole society']),  # 汇聚力量
    ('mt-verb-object-pairs-36d', 'The county formed a pattern of joint management.',
     ['formed a pattern of joint management']),  # 形成格局
    ('mt-verb-object-pairs-36d', 'The province constructed the system of the modern industry.',
     ['the system of the modern industry']),  # 构建体系
    ('mt-verb-object-pairs-36d', 'The project landed smoothly.',
     ['project landed smoothly']),  # 项目落地
    ('mt-verb-object-pairs-36d', 'The county achieved a breakthrough in the investment attraction.',
     ['in the investment attraction']),  # 取得突破
    ('mt-verb-object-pairs-36d', 'The output realized the doubling.',
     ['realized the doubling']),  # 实现翻番
    ('mt-verb-object-pairs-36d', 'The two sides realized the win-win.',
     ['realized the win-win']),  # 实现共赢
    ('mt-verb-object-pairs-36d', 'The project realized the double win of economy and ecology.',
     ['realized the double win']),  # 实现双赢
    ('mt-paired-slogans-36d', 'The county achieved the collection of all that should be collected.',
     ['collection of all that should be']),  # 做到应收尽收
    ('mt-paired-slogans-36d', 'The county ensured the implementation in place.',
     ['the implementation in place']),  # 确保落实
    ('mt-paired-slogans-36d', 'The responsibility was implemented to the people.',
     ['implemented to the people']),  # 责任到人
    ('mt-paired-slogans-36d', 'The policies were implemented in detail and in place.',
     ['in detail and in place']),  # 落细落实
    ('mt-paired-slogans-36d', 'The policy was implemented level by level.',
     ['implemented level by level']),  # 逐级落实
    ('mt-verb-object-pairs-36d', 'The city increased the input of the education.',
     ['increased the input of the education']),  # 加大投入
    ('mt-paired-slogans-36d', 'The port raised the speed and increased the efficiency.',
     ['raised the speed and increased the efficiency']),  # 提速增效
    ('mt-paired-slogans-36d', 'The company reduced the cost and increased the efficiency.',
     ['reduced the cost and increased the efficiency']),  # 降本增效
    ('mt-paired-slogans-36d', 'The technology saved the cost and increased the efficiency.',
     ['saved the cost and increased the efficiency']),  # 节本增效
    ('mt-paired-slogans-36d', 'The farmers increased the production and the income.',
     ['increased the production and the income']),  # 增产增收
    ('mt-paired-slogans-36d', 'The reform reduced the burden and increased the efficiency.',
     ['reduced the burden and increased the efficiency']),  # 减负增效
    ('mt-verb-object-pairs-36d', 'The training strengthened the safety awareness of the cadres.',
     ['strengthened the safety awareness of the cadres']),  # 增强安全意识
    ('mt-verb-object-pairs-36d', 'The campaign enhanced the legal awareness of the villagers.',
     ['enhanced the legal awareness of the villagers']),  # 增强法治意识
    ('mt-verb-object-pairs-36d', 'The staff established the awareness of service.',
     ['established the awareness of service']),  # 树立服务意识
    ('mt-verb-object-pairs-36d', 'Enterprises should establish the consciousness of risk.',
     ['establish the consciousness of risk']),  # 树立风险意识
    ('mt-verb-object-pairs-36d', 'The police improved the awareness of prevention of the residents.',
     ['improved the awareness of prevention']),  # 提高防范意识
    ('mt-verb-object-pairs-36d', 'The county raised the water-saving awareness of the masses.',
     ['raised the water-saving awareness of the masses']),  # 提高节水意识
    ('mt-verb-object-pairs-36d', 'The city will raise the services for the elderly to a higher level.',
     ['raise the services for the elderly']),  # 提升服务
    ('mt-verb-object-pairs-36d', 'The bureau will strengthen the services to the enterprises.',
     ['strengthen the services to the enterprises']),  # 强化服务
    ('mt-verb-object-pairs-36d', 'The courts provided strong legal guarantee for the reform.',
     ['provided strong legal guarantee for']),  # 提供法治保障
    ('mt-verb-object-pairs-36d', 'The bank provided strong financial guarantee for the projects.',
     ['provided strong financial guarantee for']),  # 提供资金保障
    ('mt-verb-object-pairs-36d', 'The province will strengthen the guarantee of the supply of energy.',
     ['strengthen the guarantee of the supply']),  # 加强保障
    ('mt-verb-object-pairs-36d', 'The county strengthened the guarantee of funds for education.',
     ['strengthened the guarantee of funds']),  # 强化保障
    ('mt-verb-object-pairs-36d', 'The reform opened up the vitality of the rural economy.',
     ['opened up the vitality']),  # 激发活力
    ('mt-verb-object-pairs-36d', 'The consumption market burst out new vitality.',
     ['burst out new vitality']),  # 迸发活力
    ('mt-verb-object-pairs-36d', 'The town made up the shortboards in elderly care.',
     ['made up the shortboards']),  # 补齐短板
    ('mt-verb-object-pairs-36d', 'The county broke the bottleneck problem of water shortage.',
     ['broke the bottleneck problem of']),  # 破解瓶颈
    ('mt-verb-object-pairs-36d', 'The platform expanded the sale channel of the farmers.',
     ['the sale channel']),  # 拓宽销售渠道
    ('mt-verb-object-pairs-36d', 'The village broadened the sale channels of the apples.',
     ['the sale channels']),  # 拓宽销售渠道
    ('mt-verb-object-pairs-36d', 'The cooperative opened up the channels of the increase of income.',
     ['channels of the increase of income']),  # 拓宽增收渠道
    ('mt-verb-object-pairs-36d', 'The county broadened the channels for increasing the income of farmers.',
     ['channels for increasing the income of']),  # 拓宽增收渠道
    ('mt-verb-object-pairs-36d', 'The reform broadened the development space of the private economy.',
     ['broadened the development space of']),  # 拓展发展空间
    ('mt-verb-object-pairs-36d', 'The free trade zone opened up the market space for enterprises.',
     ['opened up the market space for']),  # 拓展发展空间
    ('mt-verb-object-pairs-36d', 'The new museum raised the taste of the town.',
     ['raised the taste of the town']),  # 提升品位
    ('mt-verb-object-pairs-36d', 'The games showed the style of the workers of the new era.',
     ['showed the style of the workers']),  # 展示风采
    ('mt-verb-object-pairs-36d', 'The contest fully showed the elegant demeanor of the teachers.',
     ['showed the elegant demeanor of the teachers']),  # 展示风采
    ('mt-verb-object-pairs-36d', 'The campaign gathered the power of the whole society.',
     ['gathered the power of the whole society']),  # 汇聚力量
    ('mt-verb-object-pairs-36d', 'The forum gathered the wisdom of the masses.',
     ['gathered the wisdom of the masses']),  # 凝聚智慧
    ('mt-verb-object-pairs-36d', 'The county increased the input in education.',
     ['increased the input in education']),  # 加大投入
    ('mt-verb-object-pairs-36d', 'The province increased the input into the medical care.',
     ['increased the input into the medical care']),  # 加大投入
    ('mt-verb-object-pairs-36d', "The county's GDP realized the doubling in five years.",
     ['realized the doubling']),  # 实现翻番
    ('mt-verb-object-pairs-36d', 'The project has landed successfully.',
     ['project has landed successfully']),  # 项目落地
    ('mt-official-frames-36d', 'The county made great progress in the aspects of education and health.',
     ['progress in the aspects of']),  # 在…方面
    ('mt-official-frames-36d', 'The two cities have advantages in the aspects of logistics and trade.',
     ['advantages in the aspects of']),  # 在…方面
    ('mt-official-frames-36d', 'The new road has to a certain extent alleviated the traffic pressure.',
     None),  # given up in the precision review: 'The new policy has to a certain extent alleviated the shortage of nurses' is English
    ('mt-official-frames-36d', 'The platform solved the financing problem of small firms to a certain extent.',
     None),  # given up in the precision review: 'The new policy has to a certain extent alleviated the shortage of nurses' is English
    ('mt-official-frames-36d', 'The measure to a certain extent relieved the burden of the families.',
     None),  # given up in the precision review: 'The new policy has to a certain extent alleviated the shortage of nurses' is English
    ('mt-official-frames-36d', 'The station played a role of window for the city.',
     ['played a role of window']),  # 发挥…作用
    ('mt-official-frames-36d', 'The cooperative played an important role of bridge.',
     ['played an important role of bridge']),  # 发挥…作用
    ('mt-official-frames-36d', 'The project laid a solid foundation for the realization of common prosperity.',
     ['laid a solid foundation for the realization']),  # 奠定基础
    ('mt-official-frames-36d', 'The reform laid a good foundation for the high-quality development of the county.',
     ['laid a good foundation for the high-quality development']),  # 奠定基础
    ('mt-official-frames-36d', 'The plan laid a firm foundation for the comprehensive promotion of rural revitalization.',
     ['laid a firm foundation for the comprehensive promotion']),  # 奠定基础
    ('mt-official-frames-36d', 'The county will create a sound environment for the healthy growth of private enterprises.',
     ['create a sound environment for the healthy growth of private enterprises']),  # 营造环境
    ('mt-official-frames-36d', 'The policy created a favorable environment for the development of the enterprises.',
     ['created a favorable environment for the development of the enterprises']),  # 营造环境
    ('mt-official-frames-36d', 'The county promoted the development of the cause of education.',
     ['development of the cause of education']),  # 教育事业
    ('mt-official-frames-36d', 'The government supported the development of the cause of health.',
     ['development of the cause of health']),  # 卫生事业
    ('mt-official-frames-36d', 'The city will promote the high-quality development of the cause of sports.',
     ['development of the cause of sports']),  # 体育事业
    ('mt-official-frames-36d', 'The center provided all-round comprehensive services for the elderly.',
     ['all-round comprehensive']),  # 全方位
    ('mt-paired-slogans-36d', 'The new system raised the speed and increased the efficiency.',
     ['raised the speed and increased the efficiency']),  # 提速增效
    ('mt-paired-slogans-36d', 'The technology reduced the cost and increased the efficiency.',
     ['reduced the cost and increased the efficiency']),  # 降本增效
    ('mt-paired-slogans-36d', 'The factory saved the energy and reduced the consumption.',
     ['saved the energy and reduced the consumption']),  # 节能降耗
    ('mt-paired-slogans-36d', 'The new variety increased the production and the income of farmers.',
     ['increased the production and the income']),  # 增产增收
    ('mt-paired-slogans-36d', 'The farmers increased the output and the income.',
     ['increased the output and the income']),  # 增产增收
    ('mt-paired-slogans-36d', 'The reform reduced the burden and improved the efficiency.',
     ['reduced the burden and improved the efficiency']),  # 减负增效
    ('mt-paired-slogans-36d', 'The plan was implemented level by level.',
     ['implemented level by level']),  # 逐级落实
    ('mt-paired-slogans-36d', 'The measures were implemented in detail and in place.',
     ['in detail and in place']),  # 落细落实
    ('mt-verb-object-pairs-36d', 'Residents can consult the blood pressure at the pharmacy.',
     ['consult the blood pressure']),  # 咨询血压
    ('mt-verb-object-pairs-36d', 'The elderly came to consult their blood pressure and blood sugar.',
     ['consult their blood pressure']),  # 测血压
    ('mt-verb-object-pairs-36d', 'The project can save the standard coal of 3,000 tons a year.',
     ['the standard coal']),  # 节约标准煤
    ('mt-verb-object-pairs-36d', 'The plant saved 5,000 tons of the standard coal.',
     ['the standard coal']),  # 折合标准煤
    ('mt-verb-object-pairs-36d', 'The farmers improved the fertility by planting green manure.',
     ['improved the fertility']),  # 培肥
    ('mt-verb-object-pairs-36d', 'The electric boats reduce the noise pollution and emission.',
     ['pollution and emission']),  # 降低噪音和排放
    ('mt-verb-object-pairs-36d', 'The experts gave the guidance to the embroiderers.',
     ['gave the guidance to the embroiderers']),  # 给予指导
    ('mt-verb-object-pairs-36d', 'The technicians gave the guidance on planting.',
     ['gave the guidance on']),  # 进行指导
    ('mt-verb-object-pairs-36d', 'The lawyers provided the consultation for the villagers.',
     ['provided the consultation for the villagers']),  # 提供咨询
    ('mt-verb-object-pairs-36d', 'The workers participated in the training of skills.',
     ['the training of skills']),  # 参加培训
    ('mt-verb-object-pairs-36d', 'The women mastered the embroidery skill.',
     ['mastered the embroidery skill']),  # 掌握技术
    ('mt-verb-object-pairs-36d', 'Each household increased the income of 3,000 yuan.',
     ['increased the income of 3,000 yuan']),  # 增加收入
    ('mt-verb-object-pairs-36d', 'The county completed the task of afforestation of 2,000 mu.',
     ['completed the task of afforestation of 2,000']),  # 完成任务
    ('mt-verb-object-pairs-36d', 'The products reached the requirements of export.',
     ['reached the requirements of']),  # 达到要求
    ('mt-verb-object-pairs-36d', 'The new school relieved the pressure of enrollment.',
     ['relieved the pressure of enrollment']),  # 缓解压力
    ('mt-verb-object-pairs-36d', 'The bridge relieved the congestion of traffic.',
     ['relieved the congestion of traffic']),  # 缓解拥堵
    ('mt-verb-object-pairs-36d', 'The new road saved the time of 30 minutes.',
     ['saved the time of 30']),  # 节省时间
    ('mt-verb-object-pairs-36d', 'The e-commerce opened the sales road of the apples.',
     ['the sales road of']),  # 打开销路
    ('mt-verb-object-pairs-36d', 'The live streaming opened up the sales of the tea.',
     ['opened up the sales of']),  # 打开销路
    ('mt-verb-object-pairs-36d', 'The cooperative expanded the scale to 500 mu.',
     ['expanded the scale to 500']),  # 扩大规模
    ('mt-verb-object-pairs-36d', 'The farm enlarged the planting scale.',
     ['enlarged the planting scale']),  # 扩大规模
    ('mt-verb-object-pairs-36d', 'The port refreshed the record of loading and unloading efficiency.',
     ['refreshed the record of loading and unloading efficiency']),  # 刷新纪录
    ('mt-verb-object-pairs-36d', 'The terminal created a new record of 60 containers an hour.',
     ['created a new record of 60']),  # 创下纪录
    ('mt-verb-object-pairs-36d', 'Designers visit twice a year to give the guidance on colours and new products.',
     ['give the guidance on']),  # 指导
    ('mt-verb-object-pairs-36d', "The cranes raised the terminal's loading and unloading efficiency record to 62.",
     ['loading and unloading efficiency record']),  # 纪录
    ('mt-verb-object-pairs-36d', 'Drivers can charge the electricity at the service area.',
     ['charge the electricity']),  # 充电
    ('mt-verb-object-pairs-36d', 'The owners charged the electricity for their cars overnight.',
     ['charged the electricity']),  # 充电
    ('mt-verb-object-pairs-36d', 'The driver stopped to add the oil at the gas station.',
     ['add the oil']),  # 加油
    ('mt-verb-object-pairs-36d', 'More than 1,000 residents hit the vaccine on Monday.',
     ['hit the vaccine']),  # 打疫苗
    ('mt-verb-object-pairs-36d', 'Residents lined up to do the nucleic acid.',
     ['do the nucleic acid']),  # 做核酸
    ('mt-verb-object-pairs-36d', 'Villagers no longer have to travel far to see the disease.',
     ['to see the disease']),  # 看病
    ('mt-verb-object-pairs-36d', 'Patients can see the disease at the township hospital.',
     ['see the disease at']),  # 看病
    ('mt-verb-object-pairs-36d', 'The doctor opened the medicine for the patient.',
     ['opened the medicine']),  # 开药
    ('mt-verb-object-pairs-36d', 'The doctor opened the prescription online.',
     ['opened the prescription']),  # 开处方
    ('mt-verb-object-pairs-36d', 'Patients can hang the number on their phones.',
     ['can hang the number']),  # 挂号
    ('mt-verb-object-pairs-36d', 'Patients no longer need to queue to hang the number.',
     ['to hang the number']),  # 挂号
    ('mt-verb-object-pairs-36d', 'Residents can handle the business at the self-service machines.',
     ['handle the business at the self-service']),  # 办理业务
    ('mt-verb-object-pairs-36d', 'Residents can handle the certificates at the service center.',
     ['handle the certificates']),  # 办理证件
    ('mt-verb-object-pairs-36d', 'He gets off the work at six.',
     ['gets off the work']),  # 下班
    ('mt-verb-object-pairs-36d', 'The workers asked for the leave to go home.',
     ['asked for the leave']),  # 请假
    ('mt-verb-object-pairs-36d', 'The staff added the shift to finish the order.',
     ['added the shift']),  # 加班
    ('mt-verb-object-pairs-36d', 'Tourists can appreciate the night scene of the river.',
     ['appreciate the night scene']),  # 赏夜景
    ('mt-verb-object-pairs-36d', 'Tourists can hit the taxi at the station.',
     ['hit the taxi']),  # 打车
    ('mt-verb-object-pairs-36d', 'Passengers can sit the high-speed rail to Beijing.',
     ['sit the high-speed rail']),  # 坐高铁
    ('mt-verb-object-pairs-36d', 'Commuters can sit the subway to the airport.',
     ['sit the subway']),  # 坐地铁
    ('mt-verb-object-pairs-36d', 'The city opened the line of bus to the airport.',
     ['the line of bus']),  # 开通线路
    ('mt-verb-object-pairs-36d', 'Passengers can ride the flight to Sanya.',
     ['ride the flight']),  # 乘坐
    ('mt-verb-object-pairs-36d', 'Diners swept the QR code to order.',
     ['swept the QR code']),  # 扫码
    ('mt-verb-object-pairs-36d', 'Passengers can brush the card to take the bus.',
     ['brush the card']),  # 刷卡
    ('mt-verb-object-pairs-36d', 'The park held the activity of lantern viewing.',
     ['held the activity of']),  # 举办活动
    ('mt-verb-object-pairs-36d', 'The new terminal was put into the use last month.',
     ['put into the use']),  # 投入使用
    ('mt-verb-object-pairs-36d', 'The hospital will be put into the use by the end of the year.',
     ['put into the use']),  # 投入使用
    ('mt-verb-object-pairs-36d', 'The line was officially put into the operation on Friday.',
     ['put into the operation']),  # 投入运营
    ('mt-verb-object-pairs-36d', 'The plant was put into the production in May.',
     ['put into the production']),  # 投产
    ('mt-verb-object-pairs-36d', 'The bridge was opened to the traffic on Sunday.',
     ['opened to the traffic']),  # 通车
    ('mt-verb-object-pairs-36d', 'The expressway will be open to the traffic next year.',
     ['open to the traffic']),  # 通车
    ('mt-verb-object-pairs-36d', "She seized the champion of the women's 100 meters.",
     ['seized the champion']),  # 夺冠
    ('mt-verb-object-pairs-36d', 'The team achieved good grades at the national games.',
     ['achieved good grades at the national games']),  # 取得好成绩
    ('mt-verb-object-pairs-36d', 'The athletes carried out the competition in the rain.',
     ['carried out the competition']),  # 进行比赛
    ('mt-verb-object-pairs-36d', 'The institute developed the research on rice genes.',
     ['developed the research on']),  # 开展研究
    ('mt-verb-object-pairs-36d', 'The team overcame the difficult pass of the technology.',
     ['the difficult pass of']),  # 攻克难关
    ('mt-verb-object-pairs-36d', 'The observatory issued the yellow warning of rainstorm.',
     ['the yellow warning of rainstorm']),  # 发布预警
    ('mt-verb-object-pairs-36d', 'The bureau released the blue early warning of the cold wave.',
     ['the blue early warning of the cold wave']),  # 发布预警
    ('mt-verb-object-pairs-36d', 'The storm caused the economic losses of 20 million yuan.',
     ['the economic losses of 20 million yuan']),  # 造成损失
    ('mt-verb-object-pairs-36d', 'The county held the ceremony of the groundbreaking.',
     ['the ceremony of the groundbreaking']),  # 举行仪式
    ('mt-verb-object-pairs-36d', 'The two sides signed the contract of cooperation.',
     ['signed the contract of cooperation']),  # 签约
    ('mt-verb-object-pairs-36d', 'More than 10,000 spectators watched the game on the scene.',
     ['watched the game on the scene']),  # 观看比赛
    ('mt-verb-object-pairs-36d', 'The audience on the scene cheered.',
     ['audience on the scene']),  # 现场
    ('mt-verb-object-pairs-36d', 'The athletes obtained 12 gold medals.',
     ['obtained 12 gold medals']),  # 获得奖牌
    ('mt-verb-object-pairs-36d', 'The team took the gold medal of the mixed relay.',
     ['the gold medal of the mixed']),  # 获得金牌
    ('mt-verb-object-pairs-36d', 'China seized 20 gold medals in the games.',
     ['seized 20 gold medals']),  # 夺得
    ('mt-verb-object-pairs-36d', 'The festival pulled the consumption of the city.',
     ['pulled the consumption']),  # 拉动消费
    ('mt-verb-object-pairs-36d', 'The night economy effectively pulled the consumption.',
     ['pulled the consumption']),  # 拉动消费
    ('mt-verb-object-pairs-36d', 'The concerts drove the consumption in catering and hotels.',
     ['drove the consumption']),  # 带动消费
    ('mt-verb-object-pairs-36d', 'The vouchers stimulated the consumption.',
     ['stimulated the consumption']),  # 刺激消费
    ('mt-verb-object-pairs-36d', 'The measures will promote the consumption.',
     ['promote the consumption']),  # 促进消费
    ('mt-verb-object-pairs-36d', 'The government will expand the domestic demand.',
     ['expand the domestic demand']),  # 扩大内需
    ('mt-verb-object-pairs-36d', 'The policies stabilized the employment.',
     ['stabilized the employment']),  # 稳就业
    ('mt-verb-object-pairs-36d', 'The project pulled the employment.',
     ['pulled the employment']),  # 拉动就业
    ('mt-verb-object-pairs-36d', 'The activities boosted the consumption.',
     ['boosted the consumption']),  # 提振消费
    ('mt-verb-object-pairs-36d', 'The policy released the demand of consumption.',
     ['released the demand of consumption']),  # 释放需求
]

# renderings no rule reads: shapes good English also writes, or given up in the review (kept as a record, not asked)
LEFT = [
    'With innovation as the driving force, the company upgraded its products.',  # 以创新为驱动
    'To a certain extent, the policy alleviated the pressure of the enterprises.',  # 在一定程度上
    'The reform has to a certain extent improved the efficiency of approval.',  # 在一定程度上
    'At present, the project has completed 80% of the investment.',  # 目前
    'At present, the village has 120 households.',  # 目前
    'The experts put forward suggestions on the planning.',  # 提出建议
    'The government will create a good business environment for private enterprises.',  # 营造良好环境
    'The campaign created a good environment for the growth of young people.',  # 营造良好环境
    'The community enhanced the happiness of residents.',  # 增强幸福感
    'The system improved the efficiency greatly.',  # 提高效率
    'The county raised the quality of the development.',  # 提高质量
    'The training raised the ability of the cadres.',  # 提升能力
    'The course improved the quality of the farmers.',  # 提升素质
    'The activity enhanced the awareness of the students of the rule of law.',  # 增强意识
    'The training strengthened the sense of responsibility of the staff.',  # 增强责任感
    'The enterprise established the concept of green development.',  # 树立理念
    'The bureau strengthened the responsibility of enterprises.',  # 强化责任
    'The government optimized the service for the masses.',  # 优化服务
    'The city further optimized the business environment.',  # 优化环境
    'The staff did a good job of the service.',  # 做好服务
    'The county perfected the service system.',  # 完善体系
    'The reform broke the barriers of the system.',  # 破除壁垒
    'The company explored the international market.',  # 开拓市场
    'The county extended the industrial chain.',  # 延伸链条
    'The enterprise lengthened the industrial chain.',  # 延长产业链
    'The county made the industry strong.',  # 做强产业
    'The village strengthened the collective economy.',  # 壮大集体经济
    'The town strengthened and expanded the industries.',  # 壮大产业
    'The province consolidated the foundation of the grain production.',  # 夯实基础
    'The county polished the brand of the tea.',  # 擦亮品牌
    'The county built the brand of the rice.',  # 打造品牌
    'The project provided strong support for the economic development.',  # 提供支撑
    'The bank provided all-round financial services for the enterprises.',  # 提供服务
    'The village revitalized the idle resources.',  # 盘活资源
    'The masses enjoyed the real benefits.',  # 享受实惠
    'The farmers got tangible benefits.',  # 得到实惠
    'The project improved the quality of the city.',  # 提升品质
    'The event improved the image of the city.',  # 提升形象
    'The festival showed the charm of the city.',  # 彰显魅力
    'The forum gathered consensus.',  # 凝聚共识
    'The work saw real effects.',  # 见到实效
    'The inspection achieved full coverage.',  # 做到全覆盖
    'We must ensure the safety and the stability.',  # 确保安全
    'The services were in place.',  # 服务到位
    'We should implement and refine the measures.',  # 落实落细
    'The city accelerated the pace of the construction.',  # 加快步伐
    'The company sped up the progress of the project.',  # 加快进度
    'The county promoted the progress of the project.',  # 推进进度
    'The county improved the quality and increased the efficiency of agriculture.',  # 提质增效
    'The county improved the quality and increased the efficiency of the industry.',  # 提质增效
    'The county raised the fertility of the farmland.',  # 培肥地力
    'The factory reduced the emission of carbon dioxide.',  # 减少排放
    'The company provided the help and support for poor households.',  # 提供帮扶
    'The county gave the subsidy to the farmers.',  # 给予补贴
    'The township issued the subsidy of 500 yuan to each household.',  # 发放补贴
    'More than 200 farmers received the training.',  # 接受培训
    'The villagers learned the technology of planting mushrooms.',  # 学习技术
    'The trainees mastered the skills of the e-commerce.',  # 掌握技能
    'The project drove 500 people to get employment.',  # 带动就业
    'The villagers increased their income by 2,000 yuan per capita.',  # 增收
    'The per capita income increased 2,000 yuan.',  # 人均增收
    'The new line can meet the travel demand of 50,000 people a day.',  # 满足需求
    'The policy lightened the burden of the farmers.',  # 减轻负担
    'The reform reduced the economic burden of the patients.',  # 减轻负担
    'The new line shortened the travel time to 1 hour.',  # 缩短时间
    'The technology lengthened the service life of the batteries.',  # 延长寿命
    'The new seeds raised the output per mu by 15%.',  # 提高产量
    'The technology increased the yield of the rice by 10%.',  # 提高产量
    'The automated cranes lifted the loading efficiency by 30%.',  # 提升效率
    'The crane broke the record of the efficiency.',  # 打破纪录
    'Staff measured the body temperature of each visitor.',  # 量体温
    'Passengers need to measure the temperature before boarding.',  # 量体温
    'Patients can take the medicine at the window on the first floor.',  # 取药
    'The company handled the procedures in one day.',  # 办理手续
    'She goes to the work by subway every day.',  # 上班
    'Visitors came to appreciate the flowers in the park.',  # 赏花
    'Citizens watched the performance of the dragon dance.',  # 观看演出
    'Residents strolled the street in the evening.',  # 逛街
    'Families ate the reunion dinner together.',  # 吃年夜饭
    'Fans grabbed the tickets within minutes.',  # 抢票
    'Passengers can beat a car through the app.',  # 打车
    'Visitors need to make the reservation in advance.',  # 预约
    'Students surfed the internet lessons at home.',  # 上网
    'Students took the online classes at home.',  # 上网课
    'The committee opened a meeting on Monday.',  # 开会
    'Officials opened the meeting to study the plan.',  # 开会
    'The city issued the policy of supporting the talents.',  # 出台政策
    'The rainfall will fall in most areas.',  # 降雨
    'The temperature will drop 8 to 10 degrees.',  # 降温
    'Strong winds appeared in the north.',  # 出现大风
    'More than 3,000 people suffered the disaster.',  # 受灾
    'The satellite was launched successfully and entered the predetermined orbit.',  # 发射成功
    'The swimmer broke the national record of the event.',  # 打破纪录
    'The park promoted the employment of 2,000 people.',  # 促进就业
]

# ordinary English sharing the families' words, written before the families were run on it
PASSED = [
    'The campaign aims to raise awareness of breast cancer among young women.',
    'Public awareness of the risks has grown sharply since the floods.',
    'The charity works to improve awareness of mental illness in schools.',
    'Few residents were aware of the new recycling rules.',
    'The survey found low awareness of the scheme among small firms.',
    'She has a keen awareness of the risks the company faces.',
    'The advert raised awareness of the disease among the public.',
    'Awareness of the law among tenants remains low, the report said.',
    'Safety awareness among construction workers has improved, inspectors said.',
    'The programme strengthens awareness of fraud among older customers.',
    'Raising awareness of the awareness gap is itself the hardest part, the author says.',
    'The film heightened public consciousness of climate change.',
    "Teachers want to improve pupils' awareness of online safety.",
    'The council will improve the service for elderly residents next year.',
    'The airline improved the service on its long-haul flights.',
    'The bank raised the service charge on current accounts.',
    'The company raised the service fee by 5%.',
    'Customers said the service had improved after the takeover.',
    'The railway will improve the service to Manchester in May.',
    'The hospital expanded the service to cover weekends.',
    'The council strengthened its services for vulnerable children.',
    'The firm will expand its services to small businesses.',
    'The bus company cut the service to the village.',
    'The regulator wants to improve services for disabled passengers.',
    'The government guaranteed the loans of the failing bank.',
    'The parent company provided a guarantee for the bonds.',
    'The state provides guarantees for export credit.',
    'The treasury strengthened the guarantee on deposits after the crisis.',
    'The constitution guarantees freedom of speech.',
    'There is no guarantee that the talks will succeed.',
    'The warranty offers a guarantee of repair for two years.',
    'The government will strengthen guarantees for small savers.',
    'The city strengthened its defences against flooding.',
    'The new law strengthened the rights of tenants.',
    'The reforms opened the market to foreign banks.',
    'The deal opened the Chinese market to American beef.',
    'The festival brought new vitality to the town centre.',
    'The merger injected new vitality into the brand.',
    'The economy showed surprising vitality in the second quarter.',
    'The reforms unleashed the potential of the private sector.',
    'The new drug released the potential of gene therapy.',
    'Surfers prefer a shortboard in big waves.',
    'He learned to ride a shortboard at the age of ten.',
    'The engineers broke the problem down into smaller parts.',
    'Scientists cracked the problem of storing solar power.',
    'The team finally solved the problem of the leaking roof.',
    'The mayor broke the deadlock in the talks.',
    'The firm expanded its sales channels into Asia.',
    'The brand sells through online sales channels.',
    'Farmers need new channels for their produce.',
    'The company is looking for new sources of income.',
    'The charity wants to increase the income of poor households.',
    'The council set aside land for development in the city centre.',
    'The office has space for development on the top floor.',
    'The face value of the bond is $1,000.',
    'The shares traded below their face value.',
    'Do not take his promises at face value.',
    'The tea has a smoky taste.',
    "The city's taste for grand buildings has changed.",
    'The painting shows the style of the Dutch masters.',
    'The workers showed great courage during the fire.',
    'The students showed the style of their teacher in their essays.',
    'The campaign gathered support from across society.',
    'The union gathered the strength to strike.',
    'Volunteers gathered the harvest before the storm.',
    'The inquiry gathered evidence from 200 witnesses.',
    'The birds formed a pattern in the sky.',
    'Researchers found a pattern of abuse in the records.',
    'The new rules formed part of a broader reform.',
    'Farmers increased their use of fertiliser.',
    'The factory needs an input of fresh capital.',
    'The scheme will increase investment in education.',
    'The model uses the input of thousands of sensors.',
    'The experiment measured the input of nitrogen into the soil.',
    'The company realized a profit of $2 million.',
    'He realized the mistake too late.',
    'She realized her dream of becoming a doctor.',
    'The firm realized the value of its assets in the sale.',
    'Investors realized gains on the shares.',
    'The plane landed smoothly in heavy rain.',
    'The project has been a success so far.',
    'The probe landed successfully on the moon.',
    'The company landed a big contract in China.',
    'He landed a job at the bank after university.',
    'The two cities differ in many aspects of daily life.',
    'The report looks at all aspects of the problem.',
    'The study examined the economic aspects of migration.',
    'The reform touches every aspect of the tax system.',
    'In some aspects, the new model is worse than the old one.',
    'To a certain extent, that is true.',
    'I agree with him to a certain extent.',
    'The plan worked to a certain extent, but costs rose.',
    'To some extent, the new road has eased traffic on the high street.',
    'The drug relieved her symptoms to some extent.',
    'The policy has to some degree reduced crime.',
    'The measures eased the pressure on hospitals.',
    'The charity played a role in the talks.',
    'The bank played a key role in the recovery.',
    'She played the role of a nurse in the film.',
    'The port plays a vital role as a link between Europe and Asia.',
    'The city acted as a bridge between east and west.',
    'He played a leading role in the campaign.',
    'The union plays a role of growing importance in the talks.',
    'The treaty laid a solid foundation for peace.',
    'His early work laid the foundation for modern physics.',
    'The reforms laid a firm foundation for growth.',
    'The deal laid the groundwork for a wider agreement.',
    'The coach created a good environment for young players.',
    'The city created a good environment for start-ups.',
    'The law aims to create a sound environment for investment.',
    'Low taxes created a favourable environment for business.',
    'The school creates a safe environment for children to learn.',
    'The firm wants to create a good working environment for its staff.',
    'He devoted his life to the cause of education.',
    "She was a champion of the cause of women's rights.",
    'The charity supports the cause of peace.',
    'The report examined the cause of the fire.',
    'The cause of the crash is still unknown.',
    'The team provided comprehensive support to the families.',
    'The clinic offers comprehensive services for older patients.',
    'The inspectors carried out a comprehensive review of the hospital.',
    'The all-round athlete won three medals.',
    'He is a good all-round cricketer.',
    'The firm offers all-round training for apprentices.',
    'The new engine increased the speed and reduced the noise.',
    'The machine reduced the cost of production.',
    'The reform improved the quality of care.',
    'The new process reduced costs and increased efficiency.',
    'The plant cut costs and raised output.',
    'The factory saved energy by installing solar panels.',
    'Farmers increased production and income after the drought ended.',
    'The firm increased the output of its mines in 2023.',
    'The reform reduced the burden on small firms.',
    'The new system improved the efficiency of the port.',
    'Collect all that you need before you leave.',
    'The board collected all the votes in an hour.',
    'All those who should be tested will receive a letter.',
    'The tax office collected all the money it was owed.',
    'Everyone who should be vaccinated has been offered a jab.',
    'The work was carried out in stages.',
    'The plan was rolled out region by region.',
    'The checks were carried out at every level.',
    'The new rules are now in place.',
    'Security measures were put in place before the summit.',
    'The measures were implemented in place of the old rules.',
    'The services were in place by Monday.',
    'The ban will stay in place until May.',
    'Officials implemented the plan in detail.',
    'The government implemented the reforms in full.',
    'The responsibility was given to a junior minister.',
    'The project team strengthened its links with local schools.',
    'The bank strengthened its capital base.',
    'The firm improved its safety record.',
    'The minister raised the issue at the summit.',
    'The government raised the minimum wage.',
    'The new rules improve the rights of workers.',
    'The firm wants to enhance the value of its brand.',
    'The campaign enhanced the reputation of the party.',
    'The president put forward a plan to cut taxes.',
    'The minister put forward proposals for a new airport.',
    'The group put forward a candidate for mayor.',
    'The company put forward suggestions for improving the scheme.',
    'At present, there is no cure for the disease.',
    'At present, the company employs 300 people.',
    'The relevant authorities have been informed.',
    'The police are investigating the relevant documents.',
    'The ministry will consult the relevant departments.',
    'The two sides formed a joint venture.',
    'The parties formed a coalition after the election.',
    'The countries formed a joint force to fight piracy.',
    'The navy and the coastguard formed a joint task force.',
    'The new line guarantees the safety of passengers.',
    'The law effectively guarantees the right to strike.',
    'The new contract effectively guarantees him a place in the team.',
    'The deal gave the firm access to the Chinese market.',
    'The company opened up a new market in Africa.',
    'The firm explored new markets in Latin America.',
    'The company extended its supply chain into Vietnam.',
    'The county extended the railway line to the coast.',
    'The group made the industry stronger by merging.',
    'The village strengthened its flood defences.',
    'The firm strengthened its position in the market.',
    'The province consolidated its position as a grain producer.',
    'The army built a defensive line along the river.',
    'The forest forms a natural barrier against the wind.',
    'The company built a strong brand in China.',
    'The firm polished its brand after the scandal.',
    'The port is a model for the industry.',
    'The firm set a benchmark for the industry.',
    'The court provided legal protection for the workers.',
    'The project provided support for the local economy.',
    'The police provided security for the event.',
    'The bank provides financial services for small businesses.',
    'The policy added momentum to the recovery.',
    'The reform revived the rural economy.',
    'The village found a use for its idle land.',
    'The firm released dividends to its shareholders.',
    'Shareholders enjoyed large dividends last year.',
    'Farmers enjoyed real benefits from the scheme.',
    'The project improved the look of the city centre.',
    'The new park improved the quality of life in the city.',
    'The event improved the image of the city abroad.',
    'The festival showed the charm of the old town.',
    'The exhibition showed the new look of the museum.',
    'The old street was restored to its former glory.',
    'The market showed new vitality after the holiday.',
    'The forum reached a consensus on trade.',
    'The union gathered the strength of its members for the strike.',
    'The campaign united people across the country.',
    'The county changed the way land is managed.',
    'The province built a modern industrial system.',
    'The project went smoothly.',
    'The work had a real effect on crime.',
    'The county made a breakthrough in attracting investment.',
    "The county's economy grew by 8% last year.",
    "Farmers' incomes rose sharply.",
    'The output doubled in five years.',
    'Both sides gained from the deal.',
    'The project benefited both the economy and the environment.',
    'The two systems are now linked.',
    'The two lines connect seamlessly at the station.',
    'The hospitals share their data.',
    'The city lets people handle all their paperwork online.',
    'The county collected all the tax it was owed.',
    'The inspection covered every factory.',
    'The officials knew exactly what was needed.',
    'We must keep people safe.',
    'The county made sure the policy was carried out.',
    'Everything was ready on time.',
    'Each official was made responsible for one task.',
    'The policies were carried out in full.',
    'We should carry out the measures carefully.',
    'Each level of government carried out the policy.',
    'The firm made each manager responsible for safety.',
    'The county spent more on schools.',
    'The city sped up the building work.',
    'The company sped up work on the project.',
    'The county pushed the project forward.',
    'The port handled cargo faster and more efficiently.',
    'The company cut costs and became more efficient.',
    'The county improved the quality of its farm produce.',
    'The technology cut costs and raised efficiency.',
    'The farmers grew more and earned more.',
    'The reform eased the burden on firms.',
    'The county made residents more aware of safety.',
    'The campaign made villagers more aware of their legal rights.',
    'The staff learned to put customers first.',
    'Firms should be more aware of risk.',
    'The police made residents more alert to burglary.',
    'The county made people more aware of the need to save water.',
    'The city will improve services for the elderly.',
    'The bureau will do more to help businesses.',
    'The courts gave the reform strong legal backing.',
    'The university trained staff for the industry.',
    'The bank lent heavily to the projects.',
    'The province will make sure energy supplies are secure.',
    'The county set aside money for schools.',
    'Consumer spending picked up.',
    'The town filled the gaps in care for the elderly.',
    'The county tackled the water shortage.',
    'The platform helped farmers sell their produce.',
    'The village found new buyers for its apples.',
    'The cooperative found new ways for farmers to earn money.',
    'The county helped farmers earn more.',
    'The reform gave the private economy more room to grow.',
    'The free trade zone opened new markets for firms.',
    'The new museum made the town more attractive.',
    'The games showed what workers can do.',
    'The contest showed the teachers at their best.',
    'The campaign drew in the whole of society.',
    'The forum drew on the ideas of ordinary people.',
    'The county spent more on education.',
    'The province spent more on health care.',
    "The county's GDP doubled in five years.",
    'The project is now under way.',
    'The county made great progress in education and health.',
    'The two cities are strong in logistics and trade.',
    'The new road has eased traffic a little.',
    'The policy created some jobs.',
    'The platform made it easier for small firms to borrow.',
    'The measure eased the burden on families a little.',
    "The station is the city's shop window.",
    'The cooperative links farmers with buyers.',
    'The project paved the way for shared prosperity.',
    'The reform set the county up for better growth.',
    'The plan gave rural areas a firm base for recovery.',
    'The city made it easier to do business.',
    'The county will help private firms grow.',
    'The policy made life easier for businesses.',
    'The county expanded its schools.',
    'The government spent more on hospitals.',
    'The city will invest in sport.',
    'The center offers a full range of services for the elderly.',
    'The new system made the work faster and more efficient.',
    'The technology cut costs and made the plant more efficient.',
    'The county raised the quality and efficiency of its industry.',
    'The factory used less energy.',
    "The new variety raised farmers' yields and incomes.",
    'The reform cut red tape and made firms more efficient.',
    'The county collected all the fees that were due.',
    'The plan was carried out at every level.',
    'The county made sure the policy was fully carried out.',
    'The measures were carried out in full.',
    'Her awareness of the danger saved her life.',
    'An awareness of history helps us understand the present.',
    "The public's awareness of the law was tested in the survey.",
    "Consumers' awareness of the brand rose after the advert.",
    'The service to the north was suspended for repairs.',
    'The service for the victims will be held on Sunday.',
    'The company guarantees delivery within two days.',
    'The guarantee of secrecy persuaded him to talk.',
    'The guarantee for the loan was signed by his father.',
    'Guarantees for the debt were provided by the state.',
    'The council has a shortage of staff in social care.',
    'The two firms formed a partnership in 2019.',
    'The new rules form the basis of a fairer system.',
    'The meeting laid the foundations for a trade deal.',
    'The reforms created a better environment for investors.',
    'A good environment for learning is quiet and well lit.',
    'Comprehensive reform of the tax system is overdue.',
    'The comprehensive school opened in 1970.',
    'High-quality steel is used in the bridge.',
    'The firm makes high-quality furniture.',
    'The new line effectively doubles capacity on the route.',
    'The drug effectively blocks the virus.',
    "The county's satisfaction survey was published on Monday.",
    'Patient satisfaction rose after the new wing opened.',
    'The public expressed satisfaction with the result.',
    'The company gave its staff a bonus.',
    'The charity gave guidance to new parents.',
    'The teacher gave advice to the students.',
    'The bank gave the firm a loan.',
    'The ministry issued guidance on the new rules.',
    'The firm gave full support to the plan.',
    'The club gave the young player a chance.',
    'The film gave a new twist to an old story.',
    'The storm gave way to sunshine.',
    'The minister gave a speech on trade.',
    'He played a part in the negotiations.',
    'The decision played into the hands of the opposition.',
    'Bad weather played havoc with the schedule.',
    'The actor played the role of the king.',
    'The county wants to become a hub for logistics.',
    'The firm wants to build a centre of excellence.',
    'The city is a centre for banking.',
    'The plan will raise the level of the river wall by a metre.',
    'The school raised the standard of teaching.',
    'The charity raised the money in a week.',
    'The county improved the road network.',
    'The city improved the drainage system.',
    'The firm improved the design of its engines.',
    'The government solved the housing crisis in the 1950s.',
    'The engineers solved the problem in a day.',
    'The county met the demands of the protesters.',
    "The union's demands were met in full.",
    'The firm met the demand for masks.',
    'The county covered all villages with broadband.',
    'The network now covers all villages.',
    'The insurance covers the cost of repairs.',
    'The ministry will strengthen the rules on lending.',
    'The council will strengthen the bridge.',
    'The euro strengthened against the dollar.',
    'The storm strengthened overnight.',
]

# A precision review: correct English written after the families, close to each branch's shape
# (10 hits of 116 before the narrowing described in rules.yaml, 0 after)
REVIEW = [
    'The campaign will raise the awareness of students about online bullying.',
    'The training improved the awareness of staff about fraud.',
    'Charities want to raise the awareness of the public about sepsis.',
    'The course improved the safety awareness of its drivers.',
    'The programme increased the brand awareness of the company in Asia.',
    'The advert raised the public awareness of the disease.',
    'The scheme aims to heighten the awareness of parents about screen time.',
    'The firm wants to strengthen the awareness of risk among its traders.',
    'She improved the awareness of quality across the factory.',
    'The new timetable will raise the service to every ten minutes.',
    'The operator will strengthen the services to cope with demand at Christmas.',
    'The rail firm raised the service to 20 trains an hour.',
    'The council raised the service charge for leaseholders.',
    'The bank provided a guarantee for the loan.',
    'The parent company provided financial guarantees for the bonds.',
    'The treaty provided security guarantees to Ukraine.',
    'The state provides a legal guarantee of equal pay.',
    'The government strengthened the guarantee of deposits after the run on the bank.',
    'The deal opened the market to foreign insurers.',
    'The reforms opened up the economy to foreign capital.',
    'The show burst out of the screen with energy.',
    'He made up the story on the spot.',
    'She rode a shortboard in the final.',
    'The talks broke the deadlock over fishing rights.',
    'Engineers broke the problem into three parts.',
    'The sale of the channel to a rival was approved.',
    'The sale channel of the auction house moved online.',
    'The firm expanded the sales channels of its partners in Europe.',
    'The company needs more channels of communication with customers.',
    'The developer expanded the space for offices on the top floor.',
    'The city had a taste of the future at the expo.',
    'The critic praised the style of the painters of the Renaissance.',
    "The exhibition showed the style of the workers' housing of the 1930s.",
    'The coach gathered the strength of the team for the final.',
    'The union pooled the resources of its members.',
    'The farmers increased the input of fertiliser on their fields.',
    'The engineers increased the input to the circuit.',
    'The bank realized the gains from the sale.',
    'The fund realized a double-digit return.',
    'The spacecraft landed safely.',
    'The rocket has landed successfully.',
    'The plane landed.',
    'The policy landed with a thud among voters.',
    'The firm landed the contract.',
    'Investments in the region landed in the wrong hands.',
    'The band made the sound loud enough to fill the stadium.',
    'The firm built a benchmark of 500 stocks for the index.',
    'The bank set up a benchmark of 3% for its bond fund.',
    'The spider wove a dense web in the corner.',
    'The spy wove a dense network of informants across the city.',
    'The army held the defence line along the river.',
    'The firm activated the elements of its emergency plan.',
    'The firm released the dividends to shareholders in March.',
    'The reform added new impetus to the development of artificial intelligence.',
    'The garden glowed with colour in the spring.',
    'The company opened up the market for electric cars.',
    'The study describes the system of the modern state.',
    'The doctor noticed a pattern of joint pain in her patients.',
    'The researchers saw real effects of the drug on memory.',
    'We saw real effects on wages within a year.',
    'Investors saw real effects.',
    'The city has a strong investment attraction for foreign firms.',
    'The festival gave the town a new look.',
    'The two cities differ in the aspects of history and language that matter most to visitors.',
    'The firm made progress in the aspects of the deal it controls.',
    'The report examined the aspects of the case and the evidence.',
    'The policy has to some extent eased the pressure on schools.',
    'The scheme has to a certain extent changed the way people shop.',
    'To a certain extent, the plan solved nothing.',
    'The new road eased congestion to a certain extent.',
    'He solved the puzzle in minutes.',
    'She played a role in the peace talks.',
    'He played a role of some importance in the campaign.',
    'The museum plays a vital role as a window on the past.',
    'The island played the role of a bridge between two cultures.',
    'The deal laid a solid foundation for the future.',
    'His research laid the foundation for the discovery of insulin.',
    'The talks laid a good foundation for the next round.',
    "The school created a good environment for the development of children's talents.",
    'The city created a good environment for the development of new ideas.',
    'The council created a sound environment for business.',
    'The museum charts the progress of the cause of abolition.',
    'The doctors investigated the development of the cause of the outbreak.',
    'The all-round athlete is a comprehensive talent.',
    'The team gave an all-round performance.',
    'The review was comprehensive and thorough.',
    'The new engine raised the speed and the power of the car.',
    'The firm cut the cost and the size of its workforce.',
    'The council reduced the cost and the time of the works.',
    'The new line improved the quality and the speed of the service.',
    'The reform raised the speed and increased the efficiency of the port.',
    'The plant increased the production of steel and the income of its owners.',
    'The farmers increased the output and sold more abroad.',
    'The collection of all that he owned was sold at auction.',
    'The inspection of all vehicles must be completed by May.',
    'The implementation of the plan is in place.',
    'The rules were put in place in detail.',
    'The aid was distributed level by level, the report said.',
    'The team compared the data level by level.',
    'The court implemented the ruling.',
    'The firm implemented and refined the software over two years.',
    'The government refined the measures after the review.',
    'He implemented the policies to the letter.',
    'The staff were trained to the highest level.',
    'The masses gathered in the square.',
    'The strength of the people carried the revolution.',
    'The firm expanded the market of its products in Asia.',
    'The dancers showed the style of the era.',
    'The club showed the style of a champion.',
    'The report assessed the awareness of the students.',
    'The village raised money for the school.',
    'The county raised the quality of its roads.',
    'The activists raised the awareness of lawmakers.',
    'The government strengthened the services for veterans.',
    'The health board strengthened the service for new mothers.',
    'The clinic raised the service for older patients to a new standard.',
]
PASSED += REVIEW

# ordinary English for the everyday pairs (consult, standard coal, fertility, guidance, the task of,
# requirements, records; charging, vaccines, doctors, tickets, shifts, taxis, codes, cards; opening,
# medals, warnings, losses, ceremonies; consumption and employment), written before those branches
# were run on it
EVERYDAY = [
    'Patients should consult their doctor about high blood pressure.',
    'The nurse checked his blood pressure.',
    'Residents can have their blood pressure checked at the pharmacy.',
    'She consulted the blood bank about donations.',
    'The plant burns low-grade coal.',
    'The coal was of a standard grade.',
    'The standard coal price rose in June.',
    'The plant saves 3,000 tonnes of coal a year.',
    'Fertiliser raised the fertility of the soil.',
    'The drug raised the fertility rate in mice.',
    'Green manure improves soil fertility.',
    'The treatment improved the fertility of the patients.',
    'The scheme cut pollution and emissions.',
    'The boats cut noise and emissions.',
    'Light emission from the star was measured.',
    'Emission standards were tightened in 2020.',
    'The ministry gave the guidance last week.',
    'The experts gave advice to the embroiderers.',
    'The ministry gave guidance on masks.',
    'The coach gave the team guidance before the match.',
    'The lawyers gave free advice to the villagers.',
    'The charity provided help and support for poor families.',
    'The firm provided the training for its staff.',
    'The county paid a subsidy to farmers.',
    'The training of doctors takes years.',
    'The training of skills-based workers is a priority.',
    'She mastered the skill of juggling.',
    'The women mastered embroidery.',
    "Each household's income rose by 3,000 yuan.",
    'The policy increased the income of 3,000 families.',
    'The scheme increased the incomes of 300 households.',
    'The firm increased the revenue of its stores.',
    'The county planted trees on 2,000 mu of land.',
    'The task of reform is far from over.',
    'The products met the requirements for export.',
    'The team reached the final of the cup.',
    'The talks reached the stage of drafting.',
    'The firm reached the requirements stage of the tender.',
    'The new school eased the pressure on places.',
    'The bridge eased congestion in the city centre.',
    'The pressure of exams is high.',
    'The new road saves 30 minutes.',
    'The new road saved time for commuters.',
    'She saved the time of her colleagues by writing a summary.',
    'The farm found new buyers for its apples.',
    'Sales of the tea rose sharply.',
    'The firm opened up sales in Japan.',
    'The cooperative farms 500 mu.',
    'The farm expanded its planting to 500 mu.',
    'The firm expanded the scale of its operations.',
    'The port set a record for loading containers.',
    'The port broke the record for loading speed.',
    'The server refreshed the records every hour.',
    'The athlete set a new world record of 9.58 seconds.',
    'The clerk created a record of the meeting.',
    'The bank created a new record of the transaction.',
    'The app refreshed the record of each user overnight.',
    'The terminal handled a record 60 containers an hour.',
    'The company recorded sales of 5 million yuan.',
    'The factory reduced emissions of carbon dioxide.',
    'The minister gave the guidance on which the policy now rests.',
    'The port has a good efficiency record.',
    "The firm's efficiency record is the best in the industry.",
    'The team gave guidance on colours and designs.',
    'Drivers can charge their cars at the service area.',
    'The firm charged the electricity bill to the tenant.',
    'Prices rose as suppliers charged the electricity companies more.',
    'Add the oil to the pan and fry the onions.',
    'The driver stopped to fill up at the petrol station.',
    'The driver added the oil to the engine.',
    "The variant may hit the vaccine's efficacy.",
    'The virus could evolve to beat the vaccine.',
    'More than 1,000 residents got the vaccine on Monday.',
    'Residents lined up for nucleic acid tests.',
    'Doctors see the disease in young children.',
    'Villagers no longer have to travel far to see a doctor.',
    'The nurse opened the medicine cabinet.',
    'The doctor prescribed the medicine for the patient.',
    'She opened the medicine bottle with difficulty.',
    'They hang the number on the door of each flat.',
    'Patients can book appointments on their phones.',
    'The new chief will handle the business in Asia.',
    'Residents can apply for certificates at the service centre.',
    'The company handled the paperwork in one day.',
    'He gets off work at six.',
    'The prize goes to the work by a young painter.',
    'She goes to work by subway every day.',
    'The workers asked for leave to go home.',
    'The lawyer asked for the leave of the court to appeal.',
    'The staff worked an extra shift to finish the order.',
    'The nurse took the night shift.',
    'Tourists can enjoy the river at night.',
    'Tourists admired the night view of the river.',
    'Tourists strolled the streets of the old town.',
    'Tourists can take a taxi at the station.',
    'Passengers can take the high-speed train to Beijing.',
    'Candidates sit the exam in June.',
    'The city opened a bus line to the airport.',
    'Passengers can fly to Sanya.',
    'The cleaner swept the floor.',
    'Customers can scan the QR code to pay.',
    'Passengers can swipe their cards to take the bus.',
    'She brushed the dust off the card.',
    'The park held a lantern festival.',
    'The activity of the volcano has increased.',
    'Walking is the activity of choice for older people.',
    'The committee held the meeting on Monday.',
    'The chairman opened the meeting at ten.',
    'The new terminal came into use last month.',
    'Millions were put into the production of the film.',
    'Effort was put into the use of solar power.',
    'The line went into service on Friday.',
    'The plant started production in May.',
    'The bridge opened to traffic on Sunday.',
    'The canal was open to the traffic of small boats.',
    "She became the champion of the women's 100 metres.",
    'He won the championship of the club.',
    'Rebels seized the capital in 1975.',
    'The team grabbed the gold medal in the relay.',
    'The team did well at the national games.',
    'The students achieved good grades in the exams.',
    'The athletes competed in the rain.',
    'The institute carried out research on rice genes.',
    'The team developed the research into a product.',
    'The climbers crossed a difficult pass in the mountains.',
    'The observatory issued a yellow warning for rain.',
    'The Met Office issued a yellow warning of heavy rain in Wales.',
    'The storm caused losses of 20 million yuan.',
    'The firm reported losses of £2 million.',
    'The city adopted the policy of supporting small firms.',
    'The county held a groundbreaking ceremony.',
    'The Queen attended the ceremony of the opening of Parliament.',
    'The two sides signed a cooperation agreement.',
    'The contract of employment was signed in May.',
    'Rainfall fell by 20% last year.',
    'The temperature will drop sharply tonight.',
    'Fog appeared over the river.',
    'More than 3,000 people were affected by the floods.',
    'The satellite entered its planned orbit.',
    'More than 10,000 spectators watched the game at the stadium.',
    'The police were soon on the scene.',
    'The first reporters on the scene described chaos.',
    'The athletes won 12 gold medals.',
    'He obtained a degree in law.',
    'She received the gold medal of the Royal Society.',
    'The team took the gold medal in the mixed relay.',
    'China won 20 gold medals at the games.',
    'The army seized the airport.',
    'The campaign boosted the consumption of fruit among children.',
    'Higher prices pulled the consumption figures down.',
    'Doctors want to promote the consumption of vegetables.',
    'The government will boost domestic demand.',
    'The policies stabilised employment in the region.',
    'The firm promoted the employment of disabled people.',
    'The cuts stabilized the employment situation.',
    'The vouchers boosted consumer spending.',
    'The festival drove spending in hotels and restaurants.',
    'The policy stimulated the consumption of electricity at night.',
    'The report expanded the domestic demand forecast.',
]
PASSED += EVERYDAY

# A second reader's review (tests/data/colloc36d_review.yaml): correct English written before the
# families were run on it, and renderings of the same kind the round did not list
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "colloc36d_review.yaml"), encoding="utf-8") as _f:
    SECOND_REVIEW = yaml.safe_load(_f)
PASSED += SECOND_REVIEW["good"]
FOUND += [(case["rule"], case["text"], case["spans"]) for case in SECOND_REVIEW["found"]]

PASSED_AT_LEAST = 920

ALONE = [
    "The county raised the water-saving awareness of the masses.",
    "The county made great progress in the aspects of education and health.",
    "The technology reduced the cost and increased the efficiency.",
]

# the families' findings ({rule: span}) in the lone renderings after the evidence
EVIDENCE = MT_EVIDENCE_REPORT
OPENS = {
    "mt-verb-object-pairs-36d": "raised the water-saving awareness of the masses",
    "mt-official-frames-36d": "progress in the aspects of",
    "mt-paired-slogans-36d": "reduced the cost and increased the efficiency",
}
