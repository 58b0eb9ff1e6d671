"""The ``figure_agreement`` detector: one thing stated twice in a story (a rank, an age, a
year, a total, the parts of a whole, a multiple with its ends) in two ways that cannot both
hold, and the same figures where the two statements are of different things or times."""
import pytest

from audit import check_text, load_rules
from audit.rules import RuleError

CATALOG = load_rules()
RANK, AGE, QUANTITY = "rank-contradicts-rank", "age-or-year-contradicts-story", "figure-restated-otherwise"
RULES = {r.id: [r] for r in CATALOG.rules if r.type == "figure_agreement"}


def _found(rule, text):
    found = check_text(text, RULES[rule])
    for f in found:
        assert text[f.start:f.end] == f.text
    return [f.text for f in found]


@pytest.mark.parametrize("rule, text, span", [
    (RANK, "Yiwu is the world's largest small-commodity market. Buyers from 200 countries visit Yiwu, the world's "
           "third-largest small-commodity market, every year.", "third-largest"),
    (RANK, "Chengdu is China's fourth-largest city by population. Chengdu, the fifth-largest city in the country by "
           "population, keeps growing.", "fifth-largest"),
    (RANK, "The province ranked first in China's grain output last year, second only to Heilongjiang.", "first"),
    (RANK, "Jiangsu's industrial output, which tops the country, trails only Guangdong's.", "tops"),
    (RANK, "As the country's largest tea producer, Yunnan ranked third nationwide.", "third"),
    (RANK, "Shanghai is the world's largest container port and the third-largest in China.", "third-largest"),
    (RANK, "Shanghai, the world's busiest container port, is also the country's second-busiest container port.", "second-busiest"),
    (RANK, "Shandong, China's largest vegetable producer, is also the country's third-largest vegetable producer.", "third-largest"),
    (AGE, "Li Jianguo, 58, has made kites for four decades.\n\"It is my life,\" said Li Jianguo, 63, in his workshop.", "63"),
    (AGE, "Li Jianguo, 58, has made kites for four decades. Li, 63, learned the craft as a boy.", "63"),
    (AGE, "Wang, who was born in 1975, was elected mayor of the city in 2015 at age 38.", "38"),
    (AGE, "Zhou was born in 1980. She became a judge in 2016, when she was 30.", "30"),
    (AGE, "The museum, which opened 20 years ago, is marking its 25th anniversary this year.", "25th anniversary"),
    (AGE, "The bridge, completed in 1985, was built 50 years ago. In 2023 it carried 40,000 vehicles a day.", "50 years ago"),
    (QUANTITY, "A total of 1,200 athletes from 30 countries took part. The 1,500 athletes competed in four events.", "1,500 athletes"),
    (QUANTITY, "The fair drew 3,200 exhibitors from 50 countries. In all, 2,800 exhibitors from 50 countries attended.", "2,800 exhibitors"),
    (QUANTITY, "Of the 500 companies in the park, 320 are private and the remaining 240 are state-owned.",
     "320 are private and the remaining 240"),
    (QUANTITY, "Of the county's 500 village doctors, 320 are women and 240 are men.", "320 are women and 240"),
    (QUANTITY, "The 3,000 students include 1,600 boys and 1,600 girls.", "1,600 boys and 1,600"),
    (QUANTITY, "The city has 600 primary schools, 380 of them in urban areas and the other 150 in rural areas.",
     "380 of them in urban areas and the other 150"),
    (QUANTITY, "The number of charging stations in the county doubled from 40 in 2020 to 60 in 2023.", "doubled"),
    (QUANTITY, "Charging stations in the county doubled to 60 from 40 last year.", "doubled"),
    (QUANTITY, "Of the 120 projects signed, 80 are in industry, 30 in services and 25 in agriculture.",
     "80 are in industry, 30 in services and 25 in agriculture"),
    (QUANTITY, "The project has a total investment of 5 billion yuan. Work on the 3-billion-yuan project began on Monday.",
     "3-billion-yuan"),
    (RANK, "Yiwu is the world's largest small-commodity market. As the world's third-largest small-commodity market, Yiwu "
           "draws buyers.", "third-largest"),
    (AGE, "Zhang Hua, 45, runs a farm. Zhang Hua, who is 54, says the harvest was good.", "54"),
    (QUANTITY, "Visitors rose from 40,000 in 2020 to 60,000 in 2023, doubling in three years.", "doubling"),
    (QUANTITY, "A total of 50 companies signed up: 30 from China and 15 from abroad.", "30 from China and 15"),
    (QUANTITY, "The fair drew 1,200 delegates, including 800 men and 300 women.", "800 men and 300"),
    (AGE, "The school was founded in 1984 as a college. In 2024 it marked its 30th anniversary with a gala.", "30th anniversary"),
    (AGE, "Li Ming was born in 1970 in Hebei. He studied in Beijing. In 2010, aged 45, he returned home.", "45"),
    (AGE, "Li Ming was born in 1985 in Hebei. Now 45, he runs a farm. In 2023 he sold 30 tonnes of apples.", "45"),
    (QUANTITY, "The county has 12 townships and 180 villages. All of the county's 14 townships now have roads.", "14 townships"),
    (QUANTITY, "Road deaths in the county halved, from 80 in 2019 to 60 in 2023.", "halved"),
])
def test_one_thing_stated_two_ways_is_flagged(rule, text, span):
    assert _found(rule, text) == [span]


@pytest.mark.parametrize("rule, text", [
    (RANK, "The port is the second-largest in the world and the largest in Asia."),
    (RANK, "Shanghai is the world's busiest container port. Ningbo-Zhoushan, the world's third-busiest container port, is close."),
    (RANK, "Yiwu is the world's largest small-commodity market. Its airport is the third-largest in Zhejiang."),
    (RANK, "Chengdu is China's fourth-largest city by population. Chengdu, the largest city in the southwest, keeps growing."),
    (RANK, "Chengdu is China's fourth-largest city by population. Chengdu, the second-largest city by area, keeps growing."),
    (RANK, "Yiwu was the world's largest market in 2010. Yiwu, the world's third-largest market, is growing again."),
    (RANK, "The province ranked second in China's grain output, second only to Heilongjiang."),
    (RANK, "The province ranked first in exports, and its imports were second only to Guangdong's."),
    (RANK, "The airport ranked first in Asia, second only to Atlanta worldwide."),
    (RANK, "Yunnan, the country's largest tea producer, ranked third nationwide in tea exports."),
    (RANK, "Chengdu, the largest city in southwest China, ranks fourth nationwide."),
    (RANK, "Yunnan, home to the country's largest tea gardens, ranks third nationwide."),
    (RANK, "Shanghai, the largest container port in China, is the third-largest in the world."),
    (RANK, "Shanghai is the world's third-largest container port and the largest in China."),
    (RANK, "Shandong, China's largest vegetable producer, is also the country's third-largest fruit producer."),
    (RANK, "Shandong, China's largest vegetable producer, is also the third-largest vegetable producer in the world."),
    (AGE, "Li Jianguo, 58, has made kites for four decades. His father, Li Zhiming, 83, taught him."),
    (AGE, "In 2010 Li Jianguo, 45, opened a workshop. Li Jianguo, 58, still runs it."),
    (AGE, "Li Jianguo, 58, met Li Ming, 30, at the fair. Li, 30, is his apprentice."),
    (AGE, "Wang, who was born in 1975, was elected mayor of the city in 2015 at age 40."),
    (AGE, "Wang, who was born in 1975, was elected mayor in 2015. He was 38 when he first joined the government."),
    (AGE, "The museum, which opened about 24 years ago, is marking its 25th anniversary this year."),
    (AGE, "The museum, which opened 25 years ago, is marking its 25th anniversary this year."),
    (AGE, "The factory was founded in 1994. This year it celebrates its 30th anniversary, and in 2023 it sold 1.8 million units."),
    (AGE, "The factory was founded in 1994 and will mark its 40th anniversary in 2034."),
    (QUANTITY, "A total of 1,200 athletes from 30 countries took part. The 300 athletes from China won 12 medals."),
    (QUANTITY, "A total of 1,200 athletes took part last year. This year, 1,500 athletes signed up."),
    (QUANTITY, "A total of 1,200 athletes took part, and a total of 3,000 runners joined the fun run."),
    (QUANTITY, "A total of 1,200 people were evacuated. The 1,500 people of the village were safe."),
    (QUANTITY, "The fair drew 3,200 exhibitors from 50 countries. In all, 5,000 exhibitors attended."),
    (QUANTITY, "Of the 500 companies in the park, 320 are private and 240 are high-tech firms."),
    (QUANTITY, "Of the county's 500 village doctors, 320 have college degrees and 240 are women."),
    (QUANTITY, "Of the 500 workers, more than 320 are women and about 200 are men."),
    (QUANTITY, "Of the 120 projects signed, 70 are in industry, 30 in services and 20 in agriculture."),
    (QUANTITY, "Of the 500 doctors, 320 have degrees, 240 are women and about 100 are retired."),
    (QUANTITY, "The park has a total investment of 5.2 billion yuan. The 5 billion yuan project will open in 2026."),
    (QUANTITY, "The park has a total investment of 5 billion yuan. The first phase of the 3-billion-yuan project opens soon."),
    (RANK, "As the province's largest port, Rizhao handled 500 million tonnes. Rizhao, the world's ninth-largest port, expanded."),
    (QUANTITY, "Visitors rose from 40,000 in 2020 to 80,000 in 2023, doubling in three years."),
    (QUANTITY, "Visitors rose from 40,000 to 60,000, more than doubling."),
    (QUANTITY, "The fair drew 1,200 delegates, including 800 officials and 300 women."),
    (AGE, "The school was founded in 1984 as a college. In 2024 it marked its 40th anniversary with a gala."),
    (AGE, "The school was founded in 1984. In 2024 it marked the 30th anniversary of its new campus."),
    (AGE, "Li Ming was born in 1970 in Hebei. He studied in Beijing. In 2010, aged 40, he returned home."),
    # an age bracket of a population is no one's age
    (AGE, "Just 9.02 million babies were born in 2023. Births fell again. About 300 million Chinese are aged 60 or older, a figure expected to rise to 400 million by 2035."),
    (AGE, "Li Ming was born in 1970 in Hebei. He studied in Beijing. In 2010, people aged 16 to 24 made up a tenth of the city."),
    (AGE, "Li Ming was born in 1985 in Hebei. Now 38, he runs a farm. In 2023 he sold 30 tonnes of apples."),
    (QUANTITY, "The county has 12 townships and 180 villages. All of the county's 12 townships now have roads."),
    (QUANTITY, "The county has 12 townships. The neighbouring county's 15 townships are poorer."),
    (QUANTITY, "The city's 300 schools are short of teachers. In 2015 the city had 250 schools."),
    (QUANTITY, "The company has 40 stores in Shanghai. The company's 120 stores sell tea."),
    (QUANTITY, "In 2021, 2022 and 2023 the office received 1,935, 2,284 and 3,106 applications respectively, of which "
               "1,602, 1,947 and 2,698 were approved."),
    (QUANTITY, "In 2022 and 2023 the office received 2,284 and 3,106 applications, of which 1,947, 2,698 and 300 were approved."),
    (QUANTITY, "The county has 320,000 residents, 180,000 of them rural and 140,000 urban."),
    (QUANTITY, "The number of charging stations in the county doubled from 40 in 2020 to 80 in 2023."),
    (QUANTITY, "Output doubled from 2019 to 2023, while sales rose from 40 million to 60 million yuan."),
    (QUANTITY, "The number of stations doubled last year, and the number of chargers rose from 40 to 60."),
    (QUANTITY, "Exports more than doubled, from 40 million dollars in 2021 to 95 million dollars in 2023."),
])
def test_two_things_or_two_times_pass(rule, text):
    assert _found(rule, text) == []


def test_unknown_shape_is_rejected(tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_text("version: 1\nrules:\n  - id: x\n    type: figure_agreement\n    shapes: [ranks]\n    category: accuracy/number\n"
                    "    severity: minor\n    message: m\n    description: d\n", encoding="utf-8")
    with pytest.raises(RuleError):
        load_rules(str(path))


def test_a_restated_total_is_found_across_a_long_story_and_a_long_line_stays_near_linear():
    """Issue 13: each total is compared with the figures of the 200 sentences around it, the
    sentence of each figure found by bisection; a story of 150 sentences between the total and
    its restatement is still one story."""
    from audit import load_rules
    from audit.engine import check_text
    rule = [r for r in load_rules().rules if r.id == "figure-restated-otherwise"]
    filler = " ".join(f"The council met on day {i} and spoke about roads." for i in range(150))
    text = f"A total of 1,200 athletes from 30 countries took part in the marathon. {filler} The 1,500 athletes competed in four events."
    hits = [f.text for f in check_text(text, rule) if f.rule == "figure-restated-otherwise"]
    assert hits == ["1,500 athletes"]
    far = " ".join(f"The council met on day {i} and spoke about roads." for i in range(260))
    text = f"A total of 1,200 athletes from 30 countries took part in the marathon. {far} The 1,500 athletes competed in four events."
    assert [f.text for f in check_text(text, rule) if f.rule == "figure-restated-otherwise"] == []
