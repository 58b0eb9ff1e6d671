"""The data of the gated term family of the thirty-eighth round (issue 9), tested by
tests/test_gated_families.py.

Terms of county and township news (units, officials, poverty relief, welfare, health, housing,
farming, industry, schools, services) rendered by their characters in two- or three-word pairs
English does not write: below the `terms` type's three-word floor, or a wrong sense of a plain
English pair. ``FOUND``: renderings written for the round, each with its Chinese in a comment,
none copied from a development text (the branches that WRITE2 misses prompted are named in the
rule's description); ``PASSED``: ordinary English sharing their words, which the family leaves
alone with its gate off."""

from rule_helpers import MT_EVIDENCE_REPORT

FAMILIES = ('mt-term-grassroots-38c',)

R = 'mt-term-grassroots-38c'

# (rule, made-up MT rendering, the spans it must report)
FOUND = [
    (R, 'The using units of special equipment must register it with the bureau.', ['using units']),  # 单位
    (R, 'Each using unit of a boiler shall appoint a safety officer.', ['using unit']),  # 单位
    (R, 'The lift using unit failed to arrange checks.', ['using unit']),  # 单位
    (R, 'All using units of old boilers were told to replace them.', ['using units']),  # 单位
    (R, 'The employing unit must sign a written contract within a month.', ['employing unit']),  # 用人单位
    (R, 'All employing units that owe wages will be blacklisted.', ['employing units']),  # 用人单位
    (R, 'Graduates may ask the employing units for references.', ['employing units']),  # 用人单位
    (R, 'The undertaking unit of the project was fined.', ['undertaking unit']),  # 单位
    (R, 'The co-organizing units included two universities.', ['co-organizing units']),  # 单位
    (R, 'The maintenance guarantee unit sends staff twice a month.', ['maintenance guarantee unit']),  # 单位
    (R, 'The construction supervision unit signed the report.', ['construction supervision unit']),  # 单位
    (R, 'The bid-winning unit started work in May.', ['bid-winning unit']),  # 单位
    (R, 'The person in charge of the Municipal Housing Bureau said rents were stable.', ['The person in charge of the Municipal Housing Bureau']),  # 负责人
    (R, 'The main person in charge of the County Education Bureau was removed.', ['The main person in charge of the County Education Bureau']),  # 负责人
    (R, 'According to a person in charge of the Provincial Water Resources Department, the dams are safe.', ['a person in charge of the Provincial Water Resources Department']),  # 负责人
    (R, 'A responsible person of the City Market Supervision Bureau said checks continue.', ['A responsible person of the City Market Supervision Bureau']),  # 负责人
    (R, 'The responsible comrades from the Township Party Committee visited the farm.', ['The responsible comrades from the Township Party Committee']),  # 负责人
    (R, 'The loans went to poverty-removed households in the hills.', ['poverty-removed households']),  # 脱贫户
    (R, 'About 2,000 off-poverty households joined the scheme.', ['off-poverty households']),  # 脱贫户
    (R, 'The county tracks poverty-alleviated families every quarter.', ['poverty-alleviated families']),  # 脱贫户
    (R, 'Out-of-poverty population in the town rose to 9,000.', ['Out-of-poverty population']),  # 脱贫户
    (R, 'The poverty-shaken-off households got free insurance.', ['poverty-shaken-off households']),  # 脱贫户
    (R, 'Poverty-escaped counties must not slide back.', ['Poverty-escaped counties']),  # 脱贫户
    (R, 'The firm hired 40 de-poverty labourers.', ['de-poverty labourers']),  # 脱贫户
    (R, 'The town added 120 low-guarantee households this year.', ['low-guarantee households']),  # 低保
    (R, 'The minimum guarantee standard rose to 700 yuan a month.', ['minimum guarantee standard']),  # 低保
    (R, 'Families who enjoy the low guarantee get free heating.', ['enjoy the low guarantee']),  # 低保
    (R, 'She was included in the low guarantee last winter.', ['included in the low guarantee']),  # 低保
    (R, 'About 3,000 people receive low guarantee in the district.', ['receive low guarantee']),  # 低保
    (R, 'The minimum living guarantee funds were paid on time.', ['minimum living guarantee funds']),  # 低保
    (R, 'Patients with sugar disease get free tests.', ['sugar disease']),  # 糖尿病
    (R, 'The clinic screens for high blood pressure and sugar urine disease.', ['sugar urine disease']),  # 糖尿病
    (R, 'He has suffered from crown heart disease for ten years.', ['crown heart disease']),  # 冠心病
    (R, 'The hospital opened a ward for slow obstructive lung disease.', ['slow obstructive lung disease']),  # 慢阻肺
    (R, 'A heart stalk can kill within hours.', ['heart stalk']),  # 心梗
    (R, 'The telecom business hall opened on Sunday.', ['telecom business hall']),  # 营业厅
    (R, 'Pensioners queued at the power supply business hall.', ['power supply business hall']),  # 营业厅
    (R, 'China Mobile business halls will help elderly users.', ['China Mobile business halls']),  # 营业厅
    (R, 'The bureau finished network signing for 800 flats.', ['network signing']),  # 网签
    (R, 'Network-signed sales of new homes fell in March.', ['Network-signed']),  # 网签
    (R, 'The school admits pupils by shaking numbers.', ['shaking numbers']),  # 摇号
    (R, 'Car plates are issued through number shaking.', ['number shaking']),  # 摇号
    (R, 'Buyers will shake the number on Friday.', ['shake the number']),  # 摇号
    (R, 'Each box of medicine carries a retrospect code.', ['retrospect code']),  # 追溯码
    (R, 'Shoppers can scan the retrospective codes with a phone.', ['retrospective codes']),  # 追溯码
    (R, 'The park hopes to boost second consumption in hotels and shops.', ['second consumption']),  # 二次消费
    (R, 'The company will lift lithium from brine.', ['lift lithium']),  # 提锂
    (R, 'New lithium-lifting plants were built near the lake.', ['lithium-lifting']),  # 提锂
    (R, 'Herders caught stealing grazing will be fined.', ['stealing grazing']),  # 偷牧
    (R, 'Two plants were shut for stealing discharge of sewage.', ['stealing discharge']),  # 偷排
    (R, 'Firms stealing discharging waste water face prison.', ['stealing discharging']),  # 偷排
    (R, 'Patrols stopped villagers who steal grazing at night.', ['steal grazing']),  # 偷牧
    (R, 'The bank stores seeds of 300 place varieties of rice.', ['place varieties']),  # 地方品种
    (R, 'Farmers raise place breeds of pigs.', ['place breeds']),  # 地方品种
    (R, 'She was given a broken-format promotion for her research.', ['broken-format promotion']),  # 破格
    (R, 'The university broke the format to recruit three young scholars.', ['broke the format to recruit']),  # 破格
    (R, 'The city built flats for outside-coming workers.', ['outside-coming workers']),  # 外来务工人员
    (R, 'Children of foreign-coming personnel may enrol locally.', ['foreign-coming personnel']),  # 外来务工人员
    (R, 'The ice ball team won the city cup.', ['ice ball team']),  # 冰球
    (R, 'Pupils play ice ball every winter afternoon.', ['play ice ball']),  # 冰球
    (R, 'The youth ice ball league has 20 teams.', ['youth ice ball']),  # 冰球
    (R, 'The county Rong Media Center streamed the match.', ['Rong Media']),  # 融媒体中心
    (R, 'Reporters of the Rongmeiti centre filmed the fair.', ['Rongmeiti']),  # 融媒体中心
    (R, 'The town trained 50 group-measurement group-prevention staff.', ['group-measurement group-prevention']),  # 群测群防
    (R, 'Villages rely on group monitoring and group prevention.', ['group monitoring and group prevention']),  # 群测群防
    (R, 'The bureau installed 200 sets of universal-type monitoring devices.', ['universal-type monitoring']),  # 普适型
    (R, 'The ferry has a double-fuel engine.', ['double-fuel']),  # 双燃料
    (R, 'The port launched its first LNG filling ship.', ['filling ship']),  # 加注船
    (R, 'Two LNG filling vessels will serve the harbour.', ['LNG filling vessels']),  # 加注船
    (R, 'The bank has 40 service net points in the county.', ['service net points']),  # 网点
    (R, 'Residents can take old phones to recycling netpoints.', ['recycling netpoints']),  # 网点
    (R, 'The courier opened 12 delivery net points.', ['delivery net points']),  # 网点
    (R, 'The cooperative buys grapes at a guaranteed bottom price.', ['guaranteed bottom price']),  # 保底价
    (R, 'Farmers signed bottom-guaranteed price contracts.', ['bottom-guaranteed price']),  # 保底价
    (R, 'The state runs protective-price purchase of wheat.', ['protective-price purchase']),  # 保护价
    (R, 'The market sells put-heart meat from local farms.', ['put-heart meat']),  # 放心
    (R, 'The city wants rest-assured consumption in every shop.', ['rest-assured consumption']),  # 放心
    (R, 'The school built a rest-assured canteen.', ['rest-assured canteen']),  # 放心
    (R, 'Teachers were told to drop the sea-of-questions tactic.', ['sea-of-questions tactic']),  # 题海战术
    (R, 'The question-sea strategy tires pupils out.', ['question-sea strategy']),  # 题海战术
    (R, 'Cruise passengers can book landing sightseeing tours.', ['landing sightseeing']),  # 岸上观光
    (R, 'The frontier defence inspection station cleared 300 passengers.', ['frontier defence inspection']),  # 边防检查
    (R, 'Border defense inspection took ten minutes.', ['Border defense inspection']),  # 边防检查
    (R, 'Pupils dance during the big-class break.', ['big-class break']),  # 大课间
    (R, "The school's big-break activities include rope skipping.", ['big-break activities']),  # 大课间
    (R, 'The city named 30 ice hockey characteristic schools.', ['ice hockey characteristic schools']),  # 特色学校
    (R, 'Ten characteristic schools teach traditional opera.', ['characteristic schools']),  # 特色学校
    (R, 'The district built a consumption gathering area near the river.', ['consumption gathering area']),  # 集聚区
    (R, 'The industrial gathering zone has 200 firms.', ['industrial gathering zone']),  # 集聚区
    (R, 'Old farmers choose land custody services.', ['land custody']),  # 土地托管
    (R, 'The cooperative offers land hosting to 500 households.', ['land hosting']),  # 土地托管
    (R, 'She failed the application theory exam.', ['application theory exam']),  # 申论
    (R, 'The groom paid the colour gift of 100,000 yuan.', ['colour gift']),  # 彩礼
    (R, 'Families demanding color gifts were criticised.', ['color gifts']),  # 彩礼
    (R, 'The village caps betrothal colour gifts at 50,000 yuan.', ['colour gifts']),  # 彩礼
    (R, 'Barrel-side supervisors help residents sort waste.', ['Barrel-side supervisors']),  # 桶边督导员
    (R, 'The community hired ten bucket-side guides.', ['bucket-side guides']),  # 桶边督导员
    (R, 'Rubbish is collected at fixed time and fixed point.', ['fixed time and fixed point']),  # 定时定点
    (R, 'The bus runs on a fixed-time fixed-place basis.', ['fixed-time fixed-place']),  # 定时定点
    (R, 'The warehouse uses air-adjusting storage for apples.', ['air-adjusting storage']),  # 气调
    (R, 'Farmers bought air-adjusted cold storage rooms.', ['air-adjusted cold storage']),  # 气调
    (R, 'The village built a small silkworm co-rearing room.', ['small silkworm co-rearing']),  # 小蚕共育
    (R, 'The town has 60 tree-protecting persons.', ['tree-protecting persons']),  # 护树人
    (R, 'The county launched beautiful courtyard creation this spring.', ['beautiful courtyard creation']),  # 美丽庭院
    (R, 'The clinic bought a B ultrasound machine.', ['B ultrasound']),  # B超
    (R, 'Pregnant women get a free B-ultrasound scan.', ['B-ultrasound']),  # B超
    (R, 'The person in charge of the county water resources bureau said the dam is safe.', ['The person in charge of']),  # 负责人
    (R, 'The person in charge of the provincial housing department told reporters that rents fell.', ['The person in charge of']),  # 负责人
    (R, 'A person in charge of the township government said roads will be repaired.', ['A person in charge of']),  # 负责人
    (R, 'The main person in charge of the municipal education bureau introduced the plan.', ['The main person in charge of']),  # 负责人
    (R, 'The family paid colour gifts of more than 200,000 yuan.', ['colour gifts']),  # 彩礼
    (R, "The groom's parents borrowed the color gift of 150,000 yuan.", ['color gift']),  # 彩礼
    (R, 'The village returned colour gift money after the divorce.', ['colour gift money']),  # 彩礼
    (R, 'Logistics enterprises in the park ship goods to Europe.', ['Logistics enterprises']),  # 企业
    (R, 'The city has 60 backbone enterprises in textiles.', ['backbone enterprises']),  # 企业
    (R, 'Real estate development enterprises must finish the flats.', ['Real estate development enterprises']),  # 企业
    (R, 'Only white-list enterprises may recycle batteries.', ['white-list enterprises']),  # 企业
    (R, 'Express enterprises must be licensed.', ['Express enterprises']),  # 企业
    (R, 'The county helps backbone enterprises get loans.', ['backbone enterprises']),  # 企业
    (R, 'Engineers from the enterprise teach two classes a week.', ['Engineers from the enterprise']),  # 企业
    (R, 'The enterprise technicians repaired the line.', ['The enterprise technicians']),  # 企业
    (R, 'Courier enterprises hired 3,000 seasonal workers.', ['Courier enterprises']),  # 企业
]

# ordinary English with the same words, each asked of the family with its gate off
PASSED = [
    'The team is using unit tests to check every change.',
    'Engineers converted the values using unit conversion tables.',
    'Using units of measure correctly matters in science.',
    'The army is using units from three brigades.',
    'The hospital is using units of donated blood sparingly.',
    'Each unit of the building has its own meter.',
    'The employing organisation must pay the tax.',
    'She works for an employing authority in Leeds.',
    'Employing units of currency other than the euro adds cost.',
    'The undertaking was finished ahead of schedule.',
    'The organizing committee met on Monday.',
    'The maintenance unit of the airbase repaired the jet.',
    'The construction unit of the army built the bridge.',
    'The winning bid came from a Dutch firm.',
    'The person in charge of the project resigned.',
    'The person in charge of the investigation said it would take months.',
    'Who is the person in charge of this office?',
    'A person in charge of a vehicle must carry a licence.',
    'The person in charge of the team, Anna Li, spoke briefly.',
    'A responsible person would have called the police.',
    'She is a responsible person of good character.',
    'The responsible authorities at the port were told.',
    'Millions of households were lifted out of poverty.',
    'Poverty relief programmes reached remote families.',
    'The charity helps families out of poverty and into work.',
    'The county escaped poverty by building roads.',
    'Out of poverty came a fierce ambition.',
    'Poverty-stricken households received grants.',
    'The low guarantee fees attract small firms.',
    'A minimum guarantee of 20 games was agreed.',
    'The contract offers a minimum guarantee to the author.',
    'Low guarantee costs made the loan cheap.',
    'The bank offered a low guarantee rate.',
    'People with diabetes need regular checks.',
    'Sugar intake is linked to heart disease.',
    'Heart disease and diabetes are common among older adults.',
    'Chronic obstructive pulmonary disease is caused mainly by smoking.',
    'The slow decline of the lung function worried doctors.',
    'The crown of the heart-shaped leaf was yellow.',
    'The stalk of the celery was crisp.',
    'The exchange opened its new business hall in 1903.',
    'The telecom firm opened a new shop in the mall.',
    'Business halls of the old guild were grand.',
    'The mobile phone shop closed at six.',
    'The network signed a deal with the league.',
    'The TV network signing a new presenter made headlines.',
    'Network sign-in failed for many users.',
    'The earthquake shook the building.',
    'The news shook the markets.',
    'He shook his head at the numbers.',
    'Voters shook up the parliament.',
    'Numbers shaking hands with numbers is a maths joke.',
    'Looking back in retrospect, the plan was wise.',
    'The retrospective exhibition opened in May.',
    'In retrospect, the code was badly written.',
    'A retrospective study covered 2,000 patients.',
    'The second consumption tax was repealed.',
    'Energy consumption fell in the second quarter.',
    'Second-hand consumption of goods is rising.',
    'The lift broke down in the lithium plant.',
    "Lithium prices lifted miners' shares.",
    'They lifted the lithium batteries into the van.',
    'The thieves were caught stealing fishing gear.',
    'He was accused of stealing mining equipment.',
    'Stealing grazing animals was once a hanging offence.',
    'Stealing from the till is theft.',
    'The place was full of varieties of roses.',
    'There is no place for such varieties of prejudice.',
    'The shop stocks many varieties of apples.',
    'A broken promise hurts.',
    'The broken format of the file stopped the import.',
    'She broke the record.',
    'The rules were broken to hire him, critics said.',
    'Workers coming from outside the city need permits.',
    'Outside, the workers were striking.',
    'Foreign workers make up a third of the staff.',
    'The ice ball kept the whisky cold.',
    'An ice ball formed on the branch.',
    'The children threw an ice ball at the window.',
    'Ice hockey is popular in Harbin.',
    'The ice ball maker sells well in summer.',
    'He bought an ice ball mould.',
    'Media centres were set up at the games.',
    'The Rong family moved to Hong Kong in 1949.',
    'Rong Yiren was a vice-president of China.',
    'The group measured the river every week.',
    'Group prevention of infection includes hand washing.',
    'The group measurement of blood pressure was quick.',
    'A universal remote controls every device.',
    'The universal type of the charger fits all phones.',
    'The universal law applies everywhere.',
    'Fuel costs could double if prices keep rising.',
    'They used double fuel tanks on the long flight.',
    'The dual-fuel engine burns gas or diesel.',
    'They were filling ships with grain.',
    'Workers spent the week filling ships with coal.',
    'The filling station sold cheap petrol.',
    'The net profit fell.',
    'The player won most of the net points.',
    'Service points were opened across the city.',
    'The recycling point is next to the car park.',
    'Prices hit bottom in March.',
    'The bottom price was 30 dollars.',
    'A guaranteed price helps farmers plan.',
    'Protection prices for wheat were set by the state.',
    'Rest assured that the food is fresh.',
    'Rest assured, meat will be served.',
    'You can rest assured the shop will reopen.',
    'Put your heart into the work.',
    'She put her heart and soul into the project.',
    'A sea of questions greeted the minister.',
    'The ocean of questions was overwhelming.',
    'Landing was delayed by fog.',
    'Sightseeing tours start at the landing stage.',
    'The border checks took an hour.',
    'Border defence was strengthened after the war.',
    'The frontier was closed for inspection.',
    'He got his big break in 1998.',
    'The big break came when she won the prize.',
    'The class break lasts ten minutes.',
    'The characteristic smell of the sea filled the air.',
    "The school's characteristic uniforms are green.",
    'A characteristic school building of the 1930s stands there.',
    'Characteristic towns of the region have stone houses.',
    'The gathering was large.',
    'Crowds gathering in the square were dispersed.',
    'Industrial output gathered pace.',
    'The land was placed in trust.',
    'Custody of the children went to the mother.',
    'The court granted custody of the land records to the archive.',
    'The application of theory to practice is hard.',
    'His job application was rejected.',
    'Colour gives the painting life.',
    'The colour gift wrap was torn.',
    'She sent a colour gift box.',
    'The color gifts shop sells paint sets.',
    'The bin was placed beside the gate.',
    'Bins at the side of the road were emptied.',
    'A fixed point on the map marks the camp.',
    'The train leaves at a fixed time.',
    'The fixed time and place of the meeting were agreed.',
    'Air conditioning adjusted the temperature.',
    'Adjusting the air flow improved storage.',
    'Silkworms eat mulberry leaves.',
    'Small silkworms need warm rooms.',
    'Tree protection orders cover old oaks.',
    "Protecting trees is the council's duty.",
    'The beautiful courtyard was built in the Ming dynasty.',
    'Courtyard houses are common in Beijing.',
    'The ultrasound scan showed twins.',
    'B-mode ultrasound is the most common type.',
    'Her little brothers went to the zoo.',
    'The delivery arrived late.',
    'Express trains stop at the city.',
    'He has two little brothers.',
    'A different place for the relocation was chosen.',
    'The relocation of the office to a different site took a year.',
    'Difficult times call for calm.',
    'The masses gathered in the square.',
    'Electric cars are charged at home.',
    'The bottle was on the car seat.',
    'The university offers courses for elderly students.',
    'Elderly people attend the university of the third age.',
    'The old university buildings were restored.',
    'He wrote the number on the card.',
    'Customs officers inspected the ship.',
    "The city's water supply business was privatised.",
    'The power supply was cut during the storm.',
    'The gas supply company raised prices.',
    "The team's play was sharp.",
    'Youth football is booming.',
    'The campus is quiet in summer.',
    "The person in charge of the county's records retired last year.",
    'The person in charge of the city budget resigned.',
    'Ask the person in charge of the village hall for the key.',
    "A person in charge of the town's archive can help.",
    'The person in charge of the provincial team left early.',
    'Colour gifts wrapped in gold paper were given to guests.',
    'Colour and gift ideas fill the magazine.',
    'The gift of colour film changed photography.',
    'Logistics firms in the park ship goods to Europe.',
    'Logistics costs are rising.',
    'Small enterprises need cheap credit.',
    'State-owned enterprises dominate the steel industry.',
    'Free enterprise built the railway.',
    'The Enterprise docked at the space station.',
    'The enterprise software market grew.',
    'He works for the enterprise division of the bank.',
    'The spirit of enterprise is strong in the town.',
    'The enterprise value of the firm was high.',
    'Staff at the company were paid a bonus.',
    'Engineers from the university designed the bridge.',
    'Recycling bins were emptied on Monday.',
    'The backbone of the team is its defence.',
]

PASSED_AT_LEAST = 194

CATEGORY = "terminology"

# a rendering the full catalog leaves alone in a story with no other sign of machine
# translation, and the family's span in it after the evidence
ALONE = [
    'The off-poverty households received loans.',
]
EVIDENCE = MT_EVIDENCE_REPORT
OPENS = {
    'mt-term-grassroots-38c': 'off-poverty households',
}
