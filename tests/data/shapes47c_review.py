"""Review sentences for the forty-seventh round's narrowing of ``mt-literal-rendering`` (issue 9,
the kind `idiom`; detect47c): GOOD holds correct English with the words whose character glosses
made a match on clean text ("the limit", "means", "suitable", "profits", "names", "posts",
"inform", "the will", "ambition", "strive", "each other", "allowing ... governments to use"):
affix glosses ("post-") render no word, characters whose only function-word gloss is a noun with
its article ("the will", 志) or a literary sense ("how or what (literary)", 争) must be rendered
by a match, and three characters need three words that take one each. MT holds
renderings of the same idioms and of others, as (rule, Chinese, sentence, span); a span of None
pins a rendering the rule leaves alone."""

LITERAL = "mt-literal-rendering"

GOOD = [
    'Councils say a shortage of suitable homes means the limit is often broken.',
    'The ruling means the limit on rents will stay in place for suitable homes.',
    'I have taken profits in a couple of names and kept the rest of the fund in cash.',
    'Traders took profits in several big names after the rally.',
    'The figures will continue to inform how posts are ranked in the feed.',
    'Local officials will continue to inform residents how the posts are filled.',
    'The report will inform how the new posts are funded next year.',
    'She continued to post updates before and after the vote.',
    'The post-war years brought new roads and schools to the valley.',
    'The will was read to the family a week after the funeral.',
    'He showed the will to succeed that his coach had hoped for.',
    'Their ambition is to win the title and keep the coach.',
    'They strive for profit, but they also care about their names.',
    'Rival firms vie for contracts and profits in the region.',
    'The pair argued over profits and over whose name went first.',
    'Analysts expect profits to rise in the first half.',
    'The aspiration of the young team is to reach the final.',
    'A government minister said suitable homes would be found within a month.',
    'Both sides accused each other of breaking the deal.',
    'The two teams met again after a year and drew.',
    'Before the match, the coach said his side was ready.',
    'The new limit means fewer boats can fish in the bay.',
    'After the flood, the rivers rose again in the night.',
    'People in the village still name their boats after saints.',
    'The museum kept the names of the donors on a wall by the entrance.',
    'He took part in the debate and argued for a higher limit.',
    'The firm posted a profit of 3 million yuan in the second quarter.',
    'Shareholders took their profits and left the board.',
    'The minister wished the new mayor well in his post.',
    'Many posts in the county office are still vacant.',
    "The family's name means a great deal in the town.",
    'The will of the people was clear from the vote.',
    'Ambition and hard work took her from a small village to the capital.',
    'Officials say the contest for posts has become less fierce.',
    'Investors who bought early have now taken their gains.',
    'The money comes from allowing city governments to use part of their bond quota.',
    'Allowing provincial governments to use the funds early would help.',
    'The law ends by allowing local governments to use their reserves.',
    'Critics say allowing regional governments to use the land was a mistake.',
    'A government minister said the council would use the camera footage.',
    'The rules allow ministers to use their own cars when trains are cancelled.',
]

MT = [
    (LITERAL, '争名夺利', 'The officials were busy striving for names and seizing profits instead of serving the people.',
     'striving for names and seizing profits'),
    (LITERAL, '画蛇添足', 'Once the shoes were on, he drew a snake and added feet to the plan.', 'drew a snake and added feet'),
    (LITERAL, '杀鸡取卵', 'The village head said we must not kill the chicken to take the eggs.',
     'kill the chicken to take the eggs'),
    (LITERAL, '志得意满', 'After winning the contract he was will obtained and intention full, and stopped listening.', None),
    (LITERAL, '争名夺利', 'They vie for fame and grab profit, and the village pays the price.', None),
]

RULES = (LITERAL,)
GOOD_AT_LEAST, MT_AT_LEAST, FOUND_AT_LEAST = 41, 5, 3
