# Writes intl.jsonl: near-copies in Russian, Arabic and Chinese (random words of one sentence each) and an
# emoji line, for a look at dedup and cluster beyond Latin script. usage: python3 intl.py > intl.jsonl
import json, random
random.seed(3)
ru = "Правительство объявило о новых мерах поддержки экономики после встречи министров в столице во вторник вечером".split()
zh = "政府周二宣布了新的经济支持措施部长们在首都举行会议讨论通货膨胀和就业问题"
ar = "أعلنت الحكومة يوم الثلاثاء عن إجراءات جديدة لدعم الاقتصاد بعد اجتماع الوزراء في العاصمة".split()
def para(words, n): return " ".join(random.choice(words) for _ in range(n))
base_ru = " ".join(para(ru, 30) + "." for _ in range(8))
base_ar = " ".join(para(ar, 30) + "." for _ in range(8))
base_zh = "".join(random.choice(zh) for _ in range(600))
recs = [
    {"id": "ru1", "text": base_ru}, {"id": "ru2", "text": base_ru.replace("вторник", "среду", 1) + " Подробнее читайте на сайте."},
    {"id": "ar1", "text": base_ar}, {"id": "ar2", "text": base_ar + " اقرأ المزيد"},
    {"id": "zh1", "text": base_zh}, {"id": "zh2", "text": base_zh[:550] + "。更多内容请访问网站。"},
    {"id": "emoji", "text": "🔥🔥 Breaking 🔥 news 👍 " * 20},
]
for r in recs: print(json.dumps(r, ensure_ascii=False))
