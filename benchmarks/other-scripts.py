#!/usr/bin/env python3
"""Rewrites a JSONL collection's titles and texts in another script, to measure how copydesk reads text beyond ASCII
on the same stories (the same duplicates and events: the letters change, the words stay apart).

  cyrillic    each ASCII letter a Cyrillic one (upper case to upper case)
  greek       each ASCII letter a Greek one ('S' to the capital sigma, 'w' to the final sigma)
  arabic      each ASCII letter an Arabic one (no case)
  devanagari  each consonant a Devanagari consonant, each vowel a vowel sign (a mark: ा े ि ो ु)
  accents     a fifth of the 'e's 'é', a twentieth of the 'a's and 'c's 'à' and 'ç' (French-like, Latin-1)
  chinese     each word two ideographs (from 3,000, by a hash of the word), no spaces between them
  thai        each word two Thai words (from 150 common ones, by a hash of the word), no spaces between them

usage: benchmarks/other-scripts.py SCRIPT IN.jsonl OUT.jsonl
  ./copydesk generate --articles 20000 --seed 1 --out /tmp/g20k.jsonl
  benchmarks/other-scripts.py cyrillic /tmp/g20k.jsonl /tmp/g20k-cyr.jsonl
"""
import json
import random
import re
import sys
import zlib


def letters(alphabet_lower, alphabet_upper):
    table = {}
    for i in range(26):
        table[ord('a') + i] = alphabet_lower[i]
        table[ord('A') + i] = alphabet_upper[i]
    return lambda s: s.translate(table)


CYRILLIC = letters('абвгдежзийклмнопрстуфхцчшя', 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЯ')
GREEK = letters('αβψδεφγηιξκλμνοπκρστθωςχυζ', 'ΑΒΨΔΕΦΓΗΙΞΚΛΜΝΟΠΚΡΣΤΘΩΣΧΥΖ')
ARABIC = letters('ابتثجحخدذرزسشصضطظعغفقكلمنه', 'ابتثجحخدذرزسشصضطظعغفقكلمنه')


def devanagari():
    consonants = iter('कखगघचछजझटठडढणतथदधनपफबभमयरलवशसह')
    signs = {'a': '\u093E', 'e': '\u0947', 'i': '\u093F', 'o': '\u094B', 'u': '\u0941'}
    table = {}
    for i in range(26):
        ch = chr(ord('a') + i)
        table[ord(ch)] = table[ord(ch.upper())] = signs.get(ch) or next(consonants)
    return lambda s: s.translate(table)


def accents(rnd):
    def rewrite(s):
        out = []
        for ch in s:
            if ch == 'e' and rnd.random() < 0.2:
                out.append('é')
            elif ch == 'a' and rnd.random() < 0.05:
                out.append('à')
            elif ch == 'c' and rnd.random() < 0.05:
                out.append('ç')
            else:
                out.append(ch)
        return ''.join(out)
    return rewrite


def chinese(s):
    def word(m):
        h = zlib.crc32(m.group(0).lower().encode())
        return chr(0x4E00 + h % 3000) + chr(0x4E00 + (h // 3000) % 3000)
    return re.sub(r'[A-Za-z]+ ?', word, s)


# common Thai words (written for this script): news words, places, numbers and function words
THAI_WORDS = (
    'รัฐบาล ประกาศ มาตรการ ใหม่ เพื่อ ช่วยเหลือ เกษตรกร ได้รับ ผลกระทบ จาก น้ำท่วม ภาคเหนือ เมื่อ วัน จันทร์ ที่ ผ่านมา '
    'นายกรัฐมนตรี กล่าว ว่า จะ จัดสรร งบประมาณ เพิ่มเติม ให้ แก่ จังหวัด ความเสียหาย โดยเฉพาะ เชียงใหม่ เชียงราย เจ้าหน้าที่ ระบุ '
    'มี ผู้ มากกว่า หนึ่ง แสน ครัวเรือน และ พื้นที่ เกษตรกรรม หลาย พัน ไร่ ประชาชน ใน เรียกร้อง เร่ง โดยเร็ว ที่สุด ทีม ฟุตบอล '
    'ชาติ ไทย ชนะ การแข่งขัน นัด สำคัญ แฟนบอล จำนวน มาก เดินทาง ไป กำลังใจ สนามกีฬา แห่งชาติ ธนาคาร ดอกเบี้ย เศรษฐกิจ ตลาด '
    'หุ้น ราคา น้ำมัน ประเทศ โลก ประธานาธิบดี การเลือกตั้ง พรรค การเมือง รัฐสภา ตำรวจ จับกุม ผู้ต้องหา ศาล คดี โรงเรียน '
    'นักเรียน โรงพยาบาล แพทย์ ผู้ป่วย ไวรัส วัคซีน บริษัท ลงทุน ธุรกิจ การค้า ส่งออก นำเข้า รถยนต์ ถนน อุบัติเหตุ เครื่องบิน '
    'สนามบิน ท่องเที่ยว นักท่องเที่ยว โรงแรม อากาศ ฝน ตก หนัก พายุ แผ่นดินไหว ไฟไหม้ บ้าน อาคาร เมือง กรุงเทพ ชาวบ้าน '
    'ครอบครัว เด็ก ผู้หญิง ผู้ชาย ทหาร ความปลอดภัย สงคราม สันติภาพ การประชุม ข้อตกลง รัฐมนตรี กระทรวง นโยบาย กฎหมาย ภาษี '
    'รายได้ ค่าใช้จ่าย ปี เดือน สัปดาห์ วันนี้ เมื่อวาน พรุ่งนี้').split()


def thai(s):
    def word(m):
        h = zlib.crc32(m.group(0).lower().encode())
        n = len(THAI_WORDS)
        return THAI_WORDS[h % n] + THAI_WORDS[(h // n) % n]
    return re.sub(r'[A-Za-z]+ ?', word, s)


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    script, source, target = sys.argv[1:]
    rewrite = {'cyrillic': CYRILLIC, 'greek': GREEK, 'arabic': ARABIC, 'devanagari': devanagari(), 'accents': accents(random.Random(3)),
               'chinese': chinese, 'thai': thai}.get(script)
    if rewrite is None:
        sys.exit('unknown script: ' + script + '\n' + __doc__)
    with open(source, encoding='utf-8') as f, open(target, 'w', encoding='utf-8') as o:
        for line in f:
            record = json.loads(line)
            for field in ('title', 'text'):
                if isinstance(record.get(field), str):
                    record[field] = rewrite(record[field])
            o.write(json.dumps(record, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
