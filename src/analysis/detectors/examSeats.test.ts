import { describe, expect, it } from 'vitest';
import { detectExamSeats } from './examSeats.ts';
import { quotes } from './testing.ts';

const seats = (s: string) => quotes(detectExamSeats, s);

describe('exam seats', () => {
  it('finds an exam room and seat number (zh-Hans)', () => {
    expect(seats('侄子明天中考，考点在市一中，第3考场，座位号12')).toEqual(['第3考场,座位号12']);
    expect(seats('女儿的准考证号：202612345678，明早八点进场')).toEqual(['准考证号:202612345678']);
    expect(seats('小升初测试，实验二小考点三楼305教室，座位号21')).toEqual(['考点三楼305教室,座位号21']);
  });
  it('reads traditional text (zh-Hant)', () => {
    expect(seats('姪女今天會考，第5試場，座位號碼18')).toEqual(['第5试场,座位号码18']);
  });
  it('finds a seat number with an exam named in the text (en)', () => {
    expect(seats('Good luck to my daughter on her SATs tomorrow! Exam hall B, seat 17')).toEqual(['seat 17']);
    expect(seats('Her candidate number is 4471, entrance exam at 9')).toEqual(['candidate number is 4471']);
  });
  it('leaves out a classroom seat, a concert seat and an exam with no seat', () => {
    expect(seats('儿子的座位号是12，在教室第三排')).toEqual([]);
    expect(seats('中考加油！考完带你去吃火锅')).toEqual([]);
    expect(seats('Concert tonight, row F seat 17, so excited')).toEqual([]);
  });
});
