"""The data of the thirty-sixth round's gated grammar families, tested by tests/test_gated_families.py.

Issue 9, thirty-sixth round: grammar an editor mends in Chinese->English MT (the kind `other`):
connectives and sentence frames, articles and number, verb forms. ``FOUND`` holds renderings written
for the round, each with the Chinese pattern that causes it, kept only where the whole catalog run
with every gate off found nothing (three were read from heldout49 misses); ``PASSED`` is ordinary
English sharing their words (the round's precision review), which no family may report with the
gate off; the gate keeps the families quiet on a lone sentence."""

from rule_helpers import MT_EVIDENCE_REPORT

FAMILIES = ("mt-connective-frames-36c", "mt-article-number-frames-36c", "mt-verb-form-frames-36c")
CATEGORY = "fluency/grammar"

# (rule, text, the spans it must report): renderings invented for the round; the comment is the
# Chinese pattern behind each
FOUND = [
    ('mt-connective-frames-36c', 'Although the task is heavy, however, the staff completed it ahead of schedule.',  # 虽然…但是
     ['Although the task is heavy, however']),
    ('mt-article-number-frames-36c', 'In the year of 2024, the city will build 20 new parks.',  # 在…年
     ['the year of 2024']),
    ('mt-article-number-frames-36c', 'The museum was founded in the year of 1958.',  # 在…年
     ['the year of 1958']),
    ('mt-article-number-frames-36c', "In the year of 2023, the county's GDP grew by 6 percent.",  # 在…年
     ['the year of 2023']),
    ('mt-connective-frames-36c', 'Before decades, this place was a barren mountain.',  # 几十年前
     ['Before decades']),
    ('mt-connective-frames-36c', 'Before several years, the village had no paved road.',  # 几年前
     ['Before several years']),
    ('mt-connective-frames-36c', 'Before ten years, few people here owned a car.',  # 十年前
     ['Before ten years']),
    ('mt-connective-frames-36c', 'It took me before more than one hour to get to work.',  # 以前
     ['took me before more than one hour']),
    ('mt-connective-frames-36c', 'The factory was built before 20 years.',  # 二十年前
     ['before 20 years']),
    ('mt-article-number-frames-36c', 'The company has opened 30 stores in the China.',  # the+国名
     ['the China']),
    ('mt-article-number-frames-36c', "The China's exports to ASEAN grew strongly.",  # the+国名
     ['The China']),
    ('mt-article-number-frames-36c', 'Tourists from the Japan and the Korea visited the city.',  # the+国名
     ['the Japan']),
    ('mt-article-number-frames-36c', "The Beijing's air quality improved last year.",  # the+国名
     ['The Beijing']),
    ('mt-article-number-frames-36c', 'The factory is located in the Shenzhen.',  # the+国名
     ['the Shenzhen']),
    ('mt-article-number-frames-36c', "The Guangdong's GDP exceeded 13 trillion yuan.",  # the+国名
     ['The Guangdong']),
    ('mt-article-number-frames-36c', 'The products are exported to the Germany, the France and the Brazil.',  # the+国名
     ['the Germany', 'the France', 'the Brazil']),
    ('mt-verb-form-frames-36c', 'The two schools have open a new exchange program.',  # 已经+动词
     ['have open']),
    ('mt-verb-form-frames-36c', 'The company has receive 300 orders this month.',  # 已经+动词
     ['has receive']),
    ('mt-verb-form-frames-36c', 'The city has decide to extend the metro line.',  # 已经+动词
     ['has decide']),
    ('mt-verb-form-frames-36c', 'The platform has attract more than 2 million users.',  # 已经+动词
     ['has attract']),
    ('mt-verb-form-frames-36c', 'The county has provide free training for 500 farmers.',  # 已经+动词
     ['has provide']),
    ('mt-verb-form-frames-36c', 'The city has invest 3 billion yuan in the project.',  # 已经+动词
     ['has invest']),
    ('mt-article-number-frames-36c', 'Each of the student received a gift.',  # 每个+名词
     ['Each of the student']),
    ('mt-article-number-frames-36c', 'Each of the enterprise must register online.',  # 每个+名词
     ['Each of the enterprise']),
    ('mt-article-number-frames-36c', 'Thousands of tourist visited the ancient town during the holiday.',  # 大量+名词
     ['Thousands of tourist']),
    ('mt-article-number-frames-36c', 'Some enterprise have stopped production.',  # 一些+名词
     ['Some enterprise']),
    ('mt-article-number-frames-36c', 'The two company signed a contract.',  # 两个+名词
     ['two company']),
    ('mt-article-number-frames-36c', 'Tourism is one of main industries in the county.',  # 最…之一
     ['one of main industries']),
    ('mt-article-number-frames-36c', 'This is one of important projects of the province.',  # 最…之一
     ['one of important projects']),
    ('mt-article-number-frames-36c', 'This plays important role in the economy.',  # 作为+重要
     ['plays important role']),
    ('mt-verb-form-frames-36c', 'The policy let the farmers to earn more money.',  # 让…
     ['let the farmers to earn']),
    ('mt-verb-form-frames-36c', 'The app lets residents to pay bills online.',  # 让…
     ['lets residents to pay']),
    ('mt-connective-frames-36c', 'The company it said that sales rose by 10 percent.',  # 主语重复
     ['The company it said that']),
    ('mt-connective-frames-36c', 'The villagers they said that the road changed their lives.',  # 主语重复
     ['The villagers they said that']),
    ('mt-connective-frames-36c', 'The hospital it has 500 beds.',  # 主语重复
     ['The hospital it has 500 beds']),
    ('mt-connective-frames-36c', 'The ministry it stressed that safety comes first.',  # 主语重复
     ['The ministry it stressed that']),
    ('mt-connective-frames-36c', 'Which shows that the economy is recovering.',  # 这表明
     ['Which shows']),
    ('mt-connective-frames-36c', 'Which fully reflects the vitality of the market.',  # 这表明
     ['Which fully reflects']),
    ('mt-connective-frames-36c', 'According to the report pointed out, the number of cars has doubled.',  # 据…介绍
     ['According to the report pointed out']),
    ('mt-connective-frames-36c', 'Through the reform makes the enterprises more competitive.',  # 通过…使
     ['Through the reform makes']),
    ('mt-connective-frames-36c', 'Through the training made the farmers master new skills.',  # 通过…使
     ['Through the training made']),
    ('mt-connective-frames-36c', 'Through these measures, has greatly improved the environment.',  # 通过…使
     ['Through these measures, has greatly improved']),
    ('mt-connective-frames-36c', 'By the campaign has made the streets cleaner.',  # 通过…使
     ['By the campaign has made']),
    ('mt-verb-form-frames-36c', 'In 2021 the county has been named a national model county.',  # 已经+过去时间
     ['In 2021 the county has been named']),
    ('mt-verb-form-frames-36c', 'The museum has opened to the public in May 2022.',  # 已经+过去时间
     ['has opened to the public in May 2022']),
    ('mt-connective-frames-36c', 'Because of the weather is bad, the flight was delayed.',  # 因为+从句
     ['Because of the weather is bad']),
    ('mt-connective-frames-36c', 'Because of the price is low, many people buy it.',  # 因为+从句
     ['Because of the price is low']),
    ('mt-connective-frames-36c', 'The project was delayed because of the funds were not in place.',  # 因为+从句
     ['because of the funds were not in place']),
    ('mt-connective-frames-36c', 'Not only the city has built new schools, but also it has hired teachers.',  # 不仅…而且
     ['Not only the city has']),
    ('mt-article-number-frames-36c', 'The factory is located in the east part of city.',  # 位于
     ['part of city']),
    ('mt-article-number-frames-36c', 'The school locates in the center of the town.',  # 位于
     ['locates in the center']),
    ('mt-verb-form-frames-36c', 'In the past five years, the county has been built 200 kilometers of roads.',  # 其他
     ['has been built 200 kilometers']),
    ('mt-verb-form-frames-36c', 'Many people are worried that the price will continue rise.',  # 其他
     ['will continue rise']),
    ('mt-verb-form-frames-36c', 'The residents are very satisfy with the service.',  # 其他
     ['are very satisfy']),
    ('mt-verb-form-frames-36c', 'The new hospital was opened its doors in May.',  # 其他
     ['was opened its']),
    ('mt-verb-form-frames-36c', 'More than 100 people were participated in the event.',  # 其他
     ['were participated']),
    ('mt-verb-form-frames-36c', 'Great changes have been taken place in the village.',  # 其他
     ['been taken place']),
    ('mt-verb-form-frames-36c', 'The project was started construction in March.',  # 其他
     ['was started construction']),
    ('mt-verb-form-frames-36c', 'He has been worked here for 20 years.',  # 其他
     ['He has been worked']),
    ('mt-article-number-frames-36c', 'The county has abundant of water resources.',  # 其他
     ['abundant of']),
    ('mt-verb-form-frames-36c', 'The county has receive 300 orders.',  # 已经+动词
     ['has receive']),
    ('mt-verb-form-frames-36c', 'They have decide to move.',  # 已经+动词
     ['have decide']),
    ('mt-verb-form-frames-36c', 'The city has attract investors.',  # 已经+动词
     ['has attract']),
    ('mt-verb-form-frames-36c', 'It has provide jobs.',  # 已经+动词
     ['has provide']),
    ('mt-verb-form-frames-36c', 'It has invest 3 billion yuan.',  # 已经+动词
     ['has invest']),
    ('mt-verb-form-frames-36c', 'It has create 500 jobs.',  # 已经+动词
     ['has create']),
    ('mt-verb-form-frames-36c', 'It has organize 20 events.',  # 已经+动词
     ['has organize']),
    ('mt-verb-form-frames-36c', 'It has bring benefits.',  # 已经+动词
     ['has bring']),
    ('mt-verb-form-frames-36c', 'It has make progress.',  # 已经+动词
     ['has make']),
    ('mt-verb-form-frames-36c', 'It has take measures.',  # 已经+动词
     ['has take']),
    ('mt-verb-form-frames-36c', 'It has give support.',  # 已经+动词
     ['has give']),
    ('mt-verb-form-frames-36c', 'It has rise 5 percent.',  # 已经+动词
     ['has rise']),
    ('mt-verb-form-frames-36c', 'It has carry out checks.',  # 已经+动词
     ['has carry out']),
    ('mt-verb-form-frames-36c', 'It has promote growth.',  # 已经+动词
     ['has promote']),
    ('mt-verb-form-frames-36c', 'They are very satisfy with it.',  # very
     ['are very satisfy']),
    ('mt-verb-form-frames-36c', 'It is attract tourists.',  # is+动词
     ['is attract']),
    ('mt-verb-form-frames-36c', 'It is provide jobs.',  # is+动词
     ['is provide']),
    ('mt-verb-form-frames-36c', 'It is improve quickly.',  # is+动词
     ['is improve']),
    ('mt-verb-form-frames-36c', 'Prices will continue rise.',  # continue
     ['will continue rise']),
    ('mt-verb-form-frames-36c', 'Sales continue grow.',  # continue
     ['continue grow']),
    ('mt-verb-form-frames-36c', 'Great changes will be taken place.',  # taken place
     ['be taken place']),
    ('mt-verb-form-frames-36c', 'Changes were taken place.',  # taken place
     ['were taken place']),
    ('mt-verb-form-frames-36c', 'The hospital was opened its doors in May.',  # passive
     ['was opened its']),
    ('mt-verb-form-frames-36c', 'The county has been built 200 kilometers of roads.',  # passive
     ['has been built 200 kilometers']),
    ('mt-verb-form-frames-36c', 'The city has been invested 3 billion yuan in the project.',  # passive
     ['has been invested 3 billion yuan']),
    ('mt-verb-form-frames-36c', 'The museum was completed its renovation last year.',  # passive
     ['was completed its']),
    ('mt-verb-form-frames-36c', 'Hundreds of villagers were participated in the work.',  # passive
     ['were participated']),
    ('mt-verb-form-frames-36c', 'She has been lived in the village for 40 years.',  # passive
     ['She has been lived']),
    ('mt-article-number-frames-36c', 'The park lies in the center of city.',  # located
     ['center of city']),
    ('mt-article-number-frames-36c', 'The region is abundant of minerals.',  # abundant
     ['abundant of']),
    ('mt-connective-frames-36c', 'Although the cost is high, however, the villagers support the project.',  # 虽然…但是
     ['Although the cost is high, however']),
    ('mt-connective-frames-36c', 'Though the town is small, however, it has three museums.',  # 虽然…但是
     ['Though the town is small, however']),
    ('mt-connective-frames-36c', 'Even though the orders fell in May, however, the plant kept all its workers.',  # 虽然…但是
     ['Even though the orders fell in May, however']),
    ('mt-connective-frames-36c', 'Although the winter came early this year, however, the supply of vegetables was stable.',  # 虽然…但是
     ['Although the winter came early this year, however']),
    ('mt-connective-frames-36c', 'Because of the supply is insufficient, prices rose sharply.',  # 因为…所以
     ['Because of the supply is insufficient']),
    ('mt-connective-frames-36c', 'Because of the road is too narrow, buses cannot enter the village.',  # 因为…所以
     ['Because of the road is too narrow']),
    ('mt-connective-frames-36c', 'Because of the funds are limited, the project was divided into two phases.',  # 因为…所以
     ['Because of the funds are limited']),
    ('mt-connective-frames-36c', 'Because of the temperature was very low, the pipes froze.',  # 因为…所以
     ['Because of the temperature was very low']),
    ('mt-connective-frames-36c', 'Because of the demand is strong, the factory added a night shift.',  # 因为…所以
     ['Because of the demand is strong']),
    ('mt-connective-frames-36c', 'The harvest was poor because of the rainfall was not enough.',  # 因为…所以
     ['because of the rainfall was not enough']),
    ('mt-connective-frames-36c', 'Because of the price was too high, few people bought it.',  # 因为…所以
     ['Because of the price was too high']),
    ('mt-connective-frames-36c', 'Through the campaign makes the streets cleaner and safer.',  # 通过…使
     ['Through the campaign makes']),
    ('mt-connective-frames-36c', 'Through the project has made the river clean again.',  # 通过…使
     ['Through the project has made']),
    ('mt-connective-frames-36c', 'Through the new policy enables farmers to borrow money more easily.',  # 通过…使
     ['Through the new policy enables']),
    ('mt-connective-frames-36c', 'By the reform has greatly reduced the burden on enterprises.',  # 通过…使
     ['By the reform has greatly']),
    ('mt-connective-frames-36c', 'Through the renovation, has greatly improved the living conditions of residents.',  # 通过…使
     ['Through the renovation, has greatly improved']),
    ('mt-connective-frames-36c', 'Through these efforts makes the village a famous tourist destination.',  # 通过…使
     ['Through these efforts makes']),
    ('mt-connective-frames-36c', 'Through the platform lets consumers buy fresh vegetables directly from farmers.',  # 通过…使
     ['Through the platform lets']),
    ('mt-connective-frames-36c', 'According to the expert pointed out, the virus spreads quickly.',  # 据…指出
     ['According to the expert pointed out']),
    ('mt-connective-frames-36c', 'Which indicates that the market demand is recovering.',  # 这表明
     ['Which indicates']),
    ('mt-connective-frames-36c', 'Which proves that the policy is effective.',  # 这表明
     ['Which proves']),
    ('mt-connective-frames-36c', 'Which clearly shows that the reform is working.',  # 这表明
     ['Which clearly shows']),
    ('mt-connective-frames-36c', 'Not only the county has built roads, but also it has built schools.',  # 不仅…而且
     ['Not only the county has']),
    ('mt-connective-frames-36c', 'Not only the price is low, but also the quality is good.',  # 不仅…而且
     ['Not only the price is']),
    ('mt-connective-frames-36c', 'Not only the students are happy, but also their parents are satisfied.',  # 不仅…而且
     ['Not only the students are']),
    ('mt-connective-frames-36c', 'Not only our company will expand, but also it will hire more workers.',  # 不仅…而且
     ['Not only our company will']),
    ('mt-connective-frames-36c', 'Not only the project can create jobs, but also it can increase tax revenue.',  # 不仅…而且
     ['Not only the project can']),
    ('mt-connective-frames-36c', 'The government it announced that the fees would be cut.',  # 主语重复
     ['The government it announced that']),
    ('mt-connective-frames-36c', 'The county it pointed out that the task was urgent.',  # 主语重复
     ['The county it pointed out that']),
    ('mt-connective-frames-36c', 'The residents they said that the park had changed their lives.',  # 主语重复
     ['The residents they said that']),
    ('mt-connective-frames-36c', 'The school it has 2,000 students.',  # 主语重复
     ['The school it has 2,000 students']),
    ('mt-connective-frames-36c', 'The village it has 300 households.',  # 主语重复
     ['The village it has 300 households']),
    ('mt-connective-frames-36c', 'The police they stated that the suspect had been caught.',  # 主语重复
     ['The police they stated that']),
    ('mt-connective-frames-36c', 'Before twenty years, the river was badly polluted.',  # 几十年前
     ['Before twenty years']),
    ('mt-connective-frames-36c', 'Before many years, the town was a fishing village.',  # 几十年前
     ['Before many years']),
    ('mt-connective-frames-36c', 'The house was built before 50 years.',  # 几十年前
     ['before 50 years']),
    ('mt-connective-frames-36c', 'Before a few years, nobody here had heard of the internet.',  # 几十年前
     ['Before a few years']),
    ('mt-connective-frames-36c', 'It took us before about two hours to reach the county seat.',  # 以前
     ['took us before about two hours']),
    ('mt-connective-frames-36c', 'It took villagers before more than three days to sell their fruit.',  # 以前
     ['took villagers before more than three days']),
    ('mt-article-number-frames-36c', "The company's products are sold in the India and the Brazil.",  # the+国名
     ['the India', 'the Brazil']),
    ('mt-article-number-frames-36c', 'The Shanghai has 25 million residents.',  # the+国名
     ['The Shanghai']),
    ('mt-article-number-frames-36c', 'Trade between the China and the Vietnam grew fast.',  # the+国名
     ['the China']),
    ('mt-article-number-frames-36c', "The Zhejiang's private economy is strong.",  # the+国名
     ['The Zhejiang']),
    ('mt-article-number-frames-36c', 'The delegation visited the Kenya and the Egypt.',  # the+国名
     ['the Kenya', 'the Egypt']),
    ('mt-article-number-frames-36c', 'The Sichuan is famous for its spicy food.',  # the+国名
     ['The Sichuan']),
    ('mt-article-number-frames-36c', "The Yunnan's flower exports grew last year.",  # the+国名
     ['The Yunnan']),
    ('mt-article-number-frames-36c', 'The exhibition was held in the Singapore.',  # the+国名
     ['the Singapore']),
    ('mt-article-number-frames-36c', "In the year of 2022, the county's tourism income hit a record.",  # 在…年
     ['the year of 2022']),
    ('mt-article-number-frames-36c', 'The company was listed in the year of 2010.',  # 在…年
     ['the year of 2010']),
    ('mt-article-number-frames-36c', 'In the year of 2025, the metro will have ten lines.',  # 在…年
     ['the year of 2025']),
    ('mt-article-number-frames-36c', 'Each of the household received 500 yuan.',  # 每个+名词
     ['Each of the household']),
    ('mt-article-number-frames-36c', 'One of the teacher said the school needs more books.',  # 每个+名词
     ['One of the teacher']),
    ('mt-article-number-frames-36c', 'Each of the department must submit a report.',  # 每个+名词
     ['Each of the department']),
    ('mt-article-number-frames-36c', 'One of the villager said the road is too narrow.',  # 每个+名词
     ['One of the villager']),
    ('mt-article-number-frames-36c', 'Thousands of visitor came to the festival.',  # 数千名
     ['Thousands of visitor']),
    ('mt-article-number-frames-36c', 'Dozens of enterprise joined the fair.',  # 数千名
     ['Dozens of enterprise']),
    ('mt-article-number-frames-36c', 'Millions of household watched the gala.',  # 数千名
     ['Millions of household']),
    ('mt-article-number-frames-36c', 'Some village have set up cooperatives.',  # 一些
     ['Some village']),
    ('mt-article-number-frames-36c', 'Five student won prizes.',  # 数字+名词
     ['Five student']),
    ('mt-article-number-frames-36c', 'Both company have agreed to the plan.',  # 数字+名词
     ['Both company']),
    ('mt-article-number-frames-36c', 'The county is one of important grain producers in the province.',  # 最…之一
     ['one of important grain producers']),
    ('mt-article-number-frames-36c', 'It is one of major ports in southern China.',  # 最…之一
     ['one of major ports']),
    ('mt-article-number-frames-36c', 'The fair is one of famous events in the city.',  # 最…之一
     ['one of famous events']),
    ('mt-article-number-frames-36c', 'She is one of leading experts in the field.',  # 最…之一
     ['one of leading experts']),
    ('mt-article-number-frames-36c', 'Volunteers play active role in the community.',  # 发挥…作用
     ['play active role']),
    ('mt-article-number-frames-36c', 'The station is in the north of city.',  # 位于
     ['north of city']),
    ('mt-article-number-frames-36c', 'The museum lies in the heart of city.',  # 位于
     ['heart of city']),
    ('mt-article-number-frames-36c', 'The school locates at the foot of the mountain.',  # 位于
     ['locates at the foot']),
    ('mt-article-number-frames-36c', 'The new park locates in the south of the county.',  # 位于
     ['locates in the south']),
    ('mt-article-number-frames-36c', 'The province is abundant of coal.',  # 丰富
     ['abundant of']),
    ('mt-article-number-frames-36c', 'The lake is abundant of fish.',  # 丰富
     ['abundant of']),
    ('mt-verb-form-frames-36c', 'The county has already receive 2,000 applications.',  # 已经+动词
     ['has already receive']),
    ('mt-verb-form-frames-36c', 'The company has bring new jobs to the town.',  # 已经+动词
     ['has bring']),
    ('mt-verb-form-frames-36c', 'Local officials have take measures to stop the spread.',  # 已经+动词
     ['have take']),
    ('mt-verb-form-frames-36c', 'The city has give subsidies to 300 firms.',  # 已经+动词
     ['has give']),
    ('mt-verb-form-frames-36c', 'The association has organise 20 training sessions.',  # 已经+动词
     ['has organise']),
    ('mt-verb-form-frames-36c', 'The project has create 800 jobs.',  # 已经+动词
     ['has create']),
    ('mt-verb-form-frames-36c', 'Prices have rise for three months.',  # 已经+动词
     ['have rise']),
    ('mt-verb-form-frames-36c', 'The county has choose 10 villages for the pilot.',  # 已经+动词
     ['has choose']),
    ('mt-verb-form-frames-36c', 'The villagers are very satisfy with the new road.',  # 很+动词
     ['are very satisfy']),
    ('mt-verb-form-frames-36c', 'Residents feel very satisfy with the service.',  # 很+动词
     ['feel very satisfy']),
    ('mt-verb-form-frames-36c', 'The county is strengthen supervision of food safety.',  # 是+动词
     ['is strengthen']),
    ('mt-verb-form-frames-36c', 'The number of tourists will continue increase.',  # 继续
     ['will continue increase']),
    ('mt-verb-form-frames-36c', 'Output is expected to continue grow this year.',  # 继续
     ['to continue grow']),
    ('mt-verb-form-frames-36c', 'The company continues expand its business.',  # 继续
     ['continues expand']),
    ('mt-verb-form-frames-36c', 'A fire was taken place in the factory.',  # 发生
     ['was taken place']),
    ('mt-verb-form-frames-36c', 'The bridge was started construction last year.',  # 开工
     ['was started construction']),
    ('mt-verb-form-frames-36c', 'The new school was started construction in 2023.',  # 开工
     ['was started construction']),
    ('mt-verb-form-frames-36c', 'The road was completed construction in June.',  # 开工
     ['was completed construction']),
    ('mt-verb-form-frames-36c', 'The museum was opened its new wing in May.',  # 开门
     ['was opened its']),
    ('mt-verb-form-frames-36c', 'The company was held its annual meeting yesterday.',  # 开门
     ['was held its']),
    ('mt-verb-form-frames-36c', 'The team was won their first title.',  # 开门
     ['was won their']),
    ('mt-verb-form-frames-36c', 'Over 300 students were participated in the contest.',  # 参加
     ['were participated']),
    ('mt-verb-form-frames-36c', 'Enterprises are participate in the fair.',  # 参加
     ['are participate']),
    ('mt-verb-form-frames-36c', 'She has been worked at the hospital for 30 years.',  # 工作了
     ['She has been worked']),
    ('mt-verb-form-frames-36c', 'They have been lived here since the 1980s.',  # 工作了
     ['They have been lived']),
    ('mt-verb-form-frames-36c', 'The city has been planted 5,000 trees this year.',  # 建成
     ['has been planted 5,000 trees']),
    ('mt-verb-form-frames-36c', 'The county has been renovated 300 houses.',  # 建成
     ['has been renovated 300 houses']),
    ('mt-verb-form-frames-36c', 'The district has been hired 200 teachers.',  # 建成
     ['has been hired 200 teachers']),
    ('mt-verb-form-frames-36c', 'The company has been invested more than 2 billion yuan in the plant.',  # 建成
     ['has been invested more than 2 billion yuan']),
    ('mt-connective-frames-36c', 'Some old mines closed before decades have no responsible owner.',  # 几十年前
     ['before decades']),
    ('mt-verb-form-frames-36c', 'Import and export volume reached 46.8 billion yuan, year on year grow 21.4 percent.',  # 同比增长
     ['year on year grow']),
    ('mt-verb-form-frames-36c', 'Retail sales reached 30 billion yuan, year on year increase 6.5 percent.',  # 同比增长
     ['year on year increase']),
    ('mt-verb-form-frames-36c', 'Coal output was 2 million tons, year-on-year decrease 3 percent.',  # 同比下降
     ['year-on-year decrease']),
    ('mt-verb-form-frames-36c', 'The school has open a new art class.',  # 已经开设
     ['has open']),
    ('mt-verb-form-frames-36c', 'The two banks have open 20 new branches.',  # 已经开设
     ['have open']),
    ('mt-verb-form-frames-36c', 'The new service lets patients to see a doctor at home.',  # 让…
     ['lets patients to see']),
    ('mt-verb-form-frames-36c', 'The platform lets consumers to buy directly from farmers.',  # 让…
     ['lets consumers to buy']),
    ('mt-verb-form-frames-36c', 'The measures let enterprises to save costs.',  # 让…
     ['let enterprises to save']),
    ('mt-verb-form-frames-36c', 'The new bus line lets students to go to school safely.',  # 让…
     ['lets students to go']),
    ('mt-verb-form-frames-36c', 'The festival lets tourists to experience local customs.',  # 让…
     ['lets tourists to experience']),
    ('mt-connective-frames-36c', "According to the reporter's understanding, the park will open soon.",  # 据…了解
     ["According to the reporter's understanding"]),
    ('mt-connective-frames-36c', "According to reporters' understanding, the fees will not rise.",  # 据…了解
     ["According to reporters' understanding"]),
    ('mt-connective-frames-36c', 'Zhang Wei he said that the harvest was good.',  # 主语重复
     ['Zhang Wei he said']),
    ('mt-connective-frames-36c', 'Li Ming he has worked here for ten years.',  # 主语重复
     ['Li Ming he has']),
    ('mt-connective-frames-36c', 'Wang Xiaohong she told reporters that the shop is busy.',  # 主语重复
     ['Wang Xiaohong she told']),
    ('mt-connective-frames-36c', 'Chen Jun he also said that more workers are needed.',  # 主语重复
     ['Chen Jun he also said']),
    ('mt-article-number-frames-36c', 'Along with the development of economy, the living standard improved.',  # 经济发展
     ['development of economy']),
    ('mt-article-number-frames-36c', 'The growth of economy slowed in the second quarter.',  # 经济发展
     ['growth of economy']),
    ('mt-article-number-frames-36c', 'The recovery of economy needs time.',  # 经济发展
     ['recovery of economy']),
    ('mt-verb-form-frames-36c', 'In 2022 the company has invested 3 billion yuan in the plant.',  # 已经+过去时间
     ['In 2022 the company has invested']),
    ('mt-verb-form-frames-36c', 'In 2019 the city has built 30 new parks.',  # 已经+过去时间
     ['In 2019 the city has built']),
    ('mt-verb-form-frames-36c', 'The plant has been put into operation in March 2023.',  # 已经+过去时间
     ['has been put into operation in March 2023']),
    ('mt-verb-form-frames-36c', 'The bridge has been completed and opened in December 2020.',  # 已经+过去时间
     ['has been completed and opened in December 2020']),
]

# ordinary English with the same words, none reported by any family with the gate off
PASSED = [
    'Although the task was heavy, the staff finished it early.',
    'The task was heavy. However, the staff finished it early.',
    'Although small, the firm grew fast; however, it lost money.',
    'Though the road is narrow, buses run every ten minutes.',
    'Despite the rain, however, the match went ahead.',
    'Although, as she said, the plan was late, however it was done did not matter.',
    'Because of the weather, the flight was delayed.',
    'Because of the way prices are set, farmers lose money.',
    'Because of what happened last year, the rules were changed.',
    'Because of the people who were there, the event was a success.',
    'Because of this, the plan was dropped.',
    'Because of the strike, trains were cancelled.',
    'The delays because of the strike are expected to last a week.',
    'Because of its size, the city has many parks.',
    'Because of the rain, it was cancelled.',
    'Through the reform, the enterprises became more competitive.',
    'Through the door came a tall man in a grey coat.',
    'Through the years, the town has changed greatly.',
    'Through careful planning, the council made the streets safer.',
    'By the end of the year, the city had made progress.',
    'By the time the police arrived, the crowd had gone.',
    'By then the company has made its decision.',
    'Through these measures, the city has greatly improved the environment.',
    "By the campaign's end, the streets were cleaner.",
    'By strengthening supervision, the agency ensured food safety.',
    'According to the report, the number of cars has doubled.',
    'According to the official, the work will be finished in May.',
    'According to those who were introduced to him, he was charming.',
    'According to the data, exports rose by 7 percent.',
    'According to the survey, most residents were satisfied.',
    'The data shows that exports rose, according to the ministry.',
    'According to people who saw it, the fire started at night.',
    'Which shows how little they know?',
    'Which reflects the mood of the market?',
    'He asked which shows were sold out.',
    'Which marks the spot, the red one or the blue one?',
    'The survey, which shows that most residents are happy, was published on Monday.',
    'Which one do you mean?',
    'Not only the city but also the province backed the plan.',
    'Not only has the city built new schools, it has hired teachers.',
    'Not only the students but their parents were pleased.',
    'Not only did the team win, it broke a record.',
    'Not only the old town, which has been restored, but the harbour draws visitors.',
    'The company said that sales rose by 10 percent.',
    'The company, it said, would expand into Europe.',
    'The company it acquired last year has grown quickly.',
    'The city it has become would shock its founders.',
    'The villagers said that the road changed their lives.',
    'The hospital has 500 beds.',
    'The team they beat in the final had never lost at home.',
    'The firm it bought in 2019 has 300 staff.',
    'The ministry stressed that safety comes first.',
    'Decades ago, this place was a barren mountain.',
    'Before decades of war, the region was prosperous.',
    'Before ten years had passed, the town was rebuilt.',
    'Before two years are up, the lease must be renewed.',
    'He had worked there for ten years before.',
    'Before the 1990s, few people here owned a car.',
    'It took me more than an hour to get to work before the metro opened.',
    'It took me before a judge in the end.',
    'Several years before, the village had no paved road.',
    'The company has opened 30 stores in China.',
    "China's exports to ASEAN grew strongly.",
    'Tourists from Japan and Korea visited the city.',
    "Beijing's air quality improved last year.",
    'The factory is located in Shenzhen.',
    'The delegation arrived in Shanghai on Monday.',
    'The China of the 1980s was a poorer country.',
    'The China Daily reported the story.',
    'The Beijing Olympics were held in 2008.',
    'The Shanghai Stock Exchange rose 1 percent.',
    'The China that I knew has changed.',
    'The Japan Times ran an editorial.',
    'He wrote about the China he loved as a child.',
    'The Germany coach praised his players.',
    'The France team arrived on Monday.',
    'The Brazil squad trained in the rain.',
    'The Britain of the 1950s was a different place.',
    'The Guangdong government said it would act.',
    'The Philippines and the Netherlands sent teams.',
    'The India-Pakistan border was quiet.',
    'The museum was founded in 1958.',
    'In 2024, the city will build 20 new parks.',
    'The year of 2024 was hard for farmers, he wrote.',
    'In the year of the Dragon, births rose.',
    'In the year of the Olympics, the city built new roads.',
    'Each of the students received a gift.',
    'Each of the enterprises must register online.',
    "Each of the village's wells was tested.",
    'One of the students won a prize.',
    'None of the teachers were told.',
    'One of the school buses broke down.',
    "Each of the company's shops is open late.",
    'Most of the city is under water.',
    'All of the county has been mapped.',
    'Some of the village was flooded.',
    'Many of the village elders agreed.',
    'Each of the team members has a role.',
    'Thousands of tourists visited the ancient town during the holiday.',
    'Thousands of tourist visas were issued.',
    'Dozens of student groups took part.',
    'Millions of household appliances were sold.',
    'Thousands of visitor passes were printed.',
    'Some enterprises have stopped production.',
    'Some company has bought the site, locals say.',
    'Multiple departments took part in the inspection.',
    'Numerous village committees were elected.',
    'The two companies signed a contract.',
    'The two company chiefs met in Paris.',
    'Both schools were closed.',
    'Three student leaders were arrested.',
    'Two village heads resigned.',
    'Both family members were present.',
    'The two county seats are linked by rail.',
    'Tourism is one of the main industries in the county.',
    'This is one of the important projects of the province.',
    'It is one of key importance to the region.',
    'The issue is one of major concern.',
    'It was one of main force, not skill.',
    'The matter is one of great importance.',
    'This plays an important role in the economy.',
    'Smith plays key role in win',
    'She played a key role in the talks.',
    'The factory is located in the east of the city.',
    'She lives in the heart of town.',
    'They met on the edge of town.',
    'The park lies in the centre of the city.',
    'He walked to the centre of town.',
    'She grew up in a part of country music history.',
    'The satellite locates in seconds any ship at sea.',
    'The app locates the nearest station.',
    'The county has abundant water resources.',
    'The region is rich in minerals.',
    'Water is abundant in the region.',
    'The county has received 300 orders.',
    'They have decided to move.',
    'The city has attracted investors.',
    'It has provided jobs.',
    'It has invested 3 billion yuan.',
    'It has created 500 jobs.',
    'It has brought benefits.',
    'It has made progress.',
    'It has taken measures.',
    'They have make-up artists on set.',
    'The firm has take-home pay rules.',
    'The school has pass rates of 90 percent.',
    'The firm has plant and equipment worth millions.',
    'The county has train services to Beijing.',
    'We have help from the neighbours.',
    'The analyst has sell ratings on both stocks.',
    'Policies have cover for floods.',
    'The house has build quality problems.',
    'They have reach in Asia.',
    'What we have left is hope.',
    'Have receipts ready, please.',
    'I have made my choice.',
    'The residents are very satisfied with the service.',
    'They were very worried about it.',
    'He is very like his father.',
    'She is very much like her mother.',
    'It is attracting tourists.',
    'It is providing jobs.',
    'What they sell is produce from local farms.',
    'What matters is build quality.',
    'The aim is to provide jobs.',
    'The goal is to improve access.',
    'Prices will continue to rise.',
    'Sales continue to grow.',
    'The continued rise of prices worried them.',
    'The continued growth of the city is welcome.',
    'Great changes have taken place in the village.',
    'The meeting will take place on Monday.',
    'Changes took place quickly.',
    'The project was started in March.',
    'Construction started in March.',
    'Work was started, construction in the area stopped.',
    'The bridge was completed ahead of schedule.',
    'The hospital opened its doors in May.',
    'The museum completed its renovation last year.',
    'The hospital was opened by the mayor in May.',
    'The deal was signed the next day.',
    'The house was built the same year.',
    'More than 100 people participated in the event.',
    'More than 100 people took part in the event.',
    'He has worked here for 20 years.',
    'He has been working here for 20 years.',
    'The land has been worked for centuries.',
    'She has lived in the village for 40 years.',
    'She has been living in the village for 40 years.',
    'He has been engaged to her for a year.',
    'The county has built 200 kilometers of roads.',
    'The houses have been built 200 metres from the river.',
    'Trees have been planted 3 metres apart.',
    'The city has invested 3 billion yuan in the project.',
    '3 billion yuan has been invested in the project.',
    'The wells have been dug 30 meters deep.',
    'The school has been built 20 kilometres north of the town.',
    'Although the weather was cold, many tourists came.',
    'Although he is over 70, he still works in the fields.',
    'Because the road was closed, the villagers walked.',
    'Because demand is strong, the factory added a shift.',
    'The road was closed, so the villagers walked.',
    'He left because he was tired, so he said.',
    'The company has been listed in Hong Kong since 2019.',
    'The bridge has been open since 2020.',
    'Since 2021 the county has been a national model county.',
    'The museum has been open to the public since May 2022.',
    'She has been with the firm since last year.',
    'It has been raining since Monday.',
    'Sales have been falling since March.',
    'Shanghai is one of the largest cities in China.',
    'It is one of the most popular places in the city.',
    'Beijing is one of the best cities for cycling.',
    'Each of the schools has a library.',
    'One of the biggest problems is cost.',
    'One of the villagers said the road had changed his life.',
    'He is one of the few teachers who speak English.',
    "One of the city's oldest buildings burned down.",
    'She is one of the children who were rescued.',
    'One of the main reasons is cost.',
    'Each student gets a laptop.',
    'Every household received a subsidy.',
    'Many students joined the program.',
    'Many a student has failed this test.',
    '"More and more people are coming here," the mayor said.',
    '"It\'s getting more and more expensive," she said.',
    'More and more villagers use it to sell goods.',
    'Prices have become more and more volatile.',
    'The roads are getting wider and wider.',
    'By car, the trip takes an hour.',
    'Children go to school at eight.',
    'She is at school today.',
    'He went by bus.',
    'They are in hospital.',
    'The city built a new bridge across the river.',
    'The county opened a new hospital in the town.',
    'Tourism has become an important part of the local economy.',
    'The port is an important hub for trade.',
    'City opens new hospital',
    'Council builds new bridge',
    'Key facts: new school, new hospital, new road',
    'It is a big challenge for the county.',
    'This is a new model of elderly care.',
    'The new road made the villagers happy.',
    'The policy let the farmers earn more money.',
    'The app lets residents pay bills online.',
    'She made it to the final.',
    'The team was made to wait.',
    'The suits were made to measure.',
    'In 2023 the city built 50 new schools.',
    'The bridge was completed in 2020.',
    'The museum opened to the public in May 2022.',
    'Through the window, the children watched the rain.',
    'Through the reform, enterprises became more competitive.',
    'Through the training, the farmers mastered new skills.',
    'Through these measures, the environment has greatly improved.',
    'By strengthening supervision, the city ensures food safety.',
    'The project was delayed because the funds were not in place.',
    'The project was delayed because of the funds.',
    'The project not only improved the roads but also raised incomes.',
    'Not only has the city built new schools, but it has also hired teachers.',
    'The factory is located in the eastern part of the city.',
    'The school is located in the centre of the town.',
    'The village is in Yunnan province.',
    'The number of tourists has reached 1 million.',
    'The old man, who is 80, still works every day.',
    'The county has built 200 kilometers of roads in the past five years.',
    'Accidents with casualties fell by half.',
    'Many people fear prices will continue to rise.',
    'He likes this job very much.',
    'The factory produces 1,000 cars a day.',
    'The event attracted 5,000 visitors.',
    'The problem happened last year.',
    'The accident occurred at 3 p.m.',
    'The number of cars has increased rapidly in recent years.',
    'Construction of the project started in March.',
    'The villagers were happy to hear the news.',
    'The rain caused the residents a lot of inconvenience.',
    'The company provides jobs for 500 people.',
    'The Congo and the Gambia sent athletes.',
    'She moved to the Ukraine in 1990, as it was then called.',
    'The Hague is in the Netherlands.',
    'The Beijing that tourists see is not the whole city.',
    'The Japan and Korea editions differ.',
    'The China-made phones sell well.',
    'He saw the Shanghai of his youth in the photographs.',
    'The Sichuan pepper is hot.',
    'The Hunan dish was spicy.',
    'In the year of his birth, 1958, the river flooded.',
    'Each of the three teams has a coach.',
    'Each of the schools, in turn, has a head.',
    "One of the students' parents complained.",
    'None of the students was hurt.',
    'Any of the villagers can apply.',
    'Some of the students have left.',
    'Two of the companies signed.',
    'Two companies signed a contract.',
    'Ten families have moved in.',
    'Thousands of tourists have visited.',
    'Dozens of villagers came.',
    'Multiple departments were involved.',
    'Numerous students have complained.',
    'Some students are unhappy.',
    'He took me before the magistrate.',
    'They took him before a judge.',
    'Before decades passed, the town had changed.',
    'Before two years, three months and a day had passed, the lease ended.',
    'It took me more than one hour.',
    'Not only the city, but the whole province, was hit.',
    'Which is why the plan failed.',
    'Which means we must wait.',
    'The company it sold in 2019 has 200 workers.',
    'The county they represent has 50 villages.',
    'The government it replaced had lasted four years.',
    'The team they said would win lost.',
    'Although the task is heavy however we look at it, we will finish.',
    'Because of the war, the economy has shrunk.',
    'Because of the rain the match was called off.',
    'Because of the snow that fell overnight, roads were closed.',
    'Because of their work, the village is cleaner.',
    'Because of these changes, prices have fallen.',
    "Because of the king's illness, the court was closed.",
    'Because of rising costs, many firms have closed.',
    'Through the campaign the streets were made cleaner.',
    'Through the winter, she made soup every day.',
    'By the time she made it home, it was dark.',
    'By the way, the firm has made a profit.',
    'By then the city had made its choice.',
    'Through the night, the team made repairs.',
    'By the end of the day the workers had greatly reduced the backlog.',
    'Through the years the town has greatly changed.',
    'By the late 1990s, the firm had made millions.',
    'According to those introduced at the meeting, the plan was sound.',
    'According to the data she reported, sales fell.',
    'According to the rules stated in the contract, he must pay.',
    'According to the figures disclosed on Monday, output rose.',
    'According to one report, the deal is off.',
    'According to the officer who stated the charges, he fled.',
    'Some old mines closed decades ago have no owner.',
    'Mines closed before decades of neglect had begun were sold.',
    'The mine closed before decades had passed.',
    'Import and export volume grew 21.4 percent year on year.',
    'There was a year-on-year increase of 6.5 percent.',
    'Output showed a year-on-year decrease 3 points larger than forecast.',
    'Year-on-year growth was 5 percent.',
    'The shops have open hours on Sundays.',
    'They have open minds.',
    'Students have open access to the library.',
    'Whatever doors they do have open the way to trade.',
    'The landlord lets flats to students.',
    'She lets rooms to tourists in summer.',
    'They let the children to the front of the queue.',
    'The council lets the hall to local groups.',
    'Let them to their own devices, the children play.',
    'The farm lets visitors to the orchard pick apples.',
    'According to the reporter, the park will open soon.',
    'According to our understanding of the rules, the fee is legal.',
    'Zhang Wei said that the harvest was good.',
    'Zhang Wei, he said, had worked hard.',
    'Last Monday he said the talks had failed.',
    'On Tuesday she said she would resign.',
    'New York he said was the best city.',
    'Li Ming has worked here for ten years.',
    'When Li Ming he said was late arrived, the meeting began.',
    'The development of the economy is slow.',
    'The economy grew in the second quarter.',
    'He flew in economy class.',
    'The development of economy class seating took years.',
    'Economy of effort is a virtue.',
    'She praised the economy of his style.',
    'A good marriage has give and take.',
    'The app has send and receive buttons.',
    'The best protection is cover from the wind.',
    'Every negotiation must have give and take on both sides.',
    'The village has take-away shops.',
    'Students have see-through folders.',
    'In 2021 the county was named a national model county.',
    'In 2021 terms, the county has grown richer.',
    'In 2021 dollars the cost has doubled.',
    'In 2019, when the city had built 30 parks, it stopped.',
    'The plant has operated every day since it opened in March 2023.',
    'The agreement, signed in June 2021, has held.',
    'The shop has opened on Sundays from May 2022.',
    'The bridge has been completed; work began in December 2020.',
    'The agreement has been signed by both sides, which met in June 2021.',
    'The plant has been open for business since March 2023.',
    'The firm has listed its shares in Hong Kong.',
    'In 2024 the city has so far built three parks.',
]
PASSED_AT_LEAST = 300

# renderings each kept quiet by the full catalog (the gate stays shut on a lone sentence)
ALONE = [
    'Because of the weather is bad, the flight was delayed.',
    'The company has opened 30 stores in the China.',
    'More than 100 people were participated in the event.',
]

# the families' findings ({rule: span}) in the lone renderings after the evidence
EVIDENCE = MT_EVIDENCE_REPORT
OPENS = {
    'mt-connective-frames-36c': 'Because of the weather is bad',
    'mt-article-number-frames-36c': 'the China',
    'mt-verb-form-frames-36c': 'were participated',
}
