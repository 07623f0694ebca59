import { describe, expect, it } from 'vitest';
import { detectAddresses, detectClasses, detectSchools, detectStations, detectStreets } from './places.ts';
import { quotes } from './testing.ts';

describe('school and class', () => {
  it('finds named schools and classes (zh-Hans)', () => {
    expect(quotes(detectSchools, '我家儿子张一帆，育才小学四年级五班')).toEqual(['育才小学']);
    expect(quotes(detectClasses, '我家儿子张一帆，育才小学四年级五班')).toEqual(['四年级五班']);
    expect(quotes(detectClasses, '星海中学初一3班')).toEqual(['初一3班']);
    expect(quotes(detectClasses, '育英小学一年级（2）班')).toEqual(['一年级(2)班']);
  });
  it('drops lead-ins and generic mentions of "school"', () => {
    expect(quotes(detectSchools, '儿子在育才中学读书')).toEqual(['育才中学']);
    expect(quotes(detectSchools, '我儿子今天早上在学校门口失踪')).toEqual([]);
    expect(quotes(detectSchools, '回到老家看到小时候的学校')).toEqual([]);
  });
  it('reads traditional text (zh-Hant)', () => {
    expect(quotes(detectSchools, '新北市民生國小三年五班')).toEqual(['新北市民生国小']);
    expect(quotes(detectClasses, '新北市民生國小三年五班')).toEqual(['三年五班']);
  });
  it('finds English schools and grades (en)', () => {
    expect(quotes(detectSchools, 'our son Ethan Park, 5th grade at Lincoln Elementary')).toEqual(['Lincoln Elementary']);
    expect(quotes(detectClasses, 'our son Ethan Park, 5th grade at Lincoln Elementary')).toEqual(['5th grade']);
    expect(quotes(detectClasses, "Lily, grade 2, Ms. Patel's class")).toEqual(['grade 2', "Ms. Patel's class"]);
  });
  it('finds a Hong Kong class code before a pupil’s name, not a pencil grade or a 5G phone (zh-Hant)', () => {
    expect(quotes(detectClasses, '冠軍：6B陳大文，亞軍：P3C梁小玲')).toEqual(['6B', 'P3C']);
    expect(quotes(detectClasses, '買2B鉛筆和5G手機')).toEqual([]);
  });
});

describe('home address, street and station', () => {
  it('finds estate/building and road/number addresses (zh-Hans)', () => {
    expect(quotes(detectAddresses, '实验小学五年级的刘子涵，家住幸福小区3栋')).toEqual(['幸福小区3栋']);
    expect(quotes(detectAddresses, '光明小区5栋2单元501')).toEqual(['光明小区5栋2单元501']);
    expect(quotes(detectAddresses, '听说东湖路18号那家的小女孩')).toEqual(['东湖路18号']);
    expect(quotes(detectAddresses, '地址是红星村3组')).toEqual(['红星村3组']);
  });
  it('reads traditional addresses (zh-Hant)', () => {
    expect(quotes(detectAddresses, '住在幸福路二段35號的那個小男孩')).toEqual(['幸福路二段35号']);
  });
  it('finds English street addresses and apartments (en)', () => {
    expect(quotes(detectAddresses, 'The girl in apartment 4B at 22 Hill Road')).toEqual(['apartment 4B', '22 Hill Road']);
    expect(quotes(detectAddresses, 'Party at 48 Elm Street, apartment 2C')).toEqual(['48 Elm Street, apartment 2C']);
    expect(quotes(detectStreets, 'last seen on Pine Ave')).toEqual(['on Pine Ave']);
    expect(quotes(detectAddresses, 'I walked 5 miles today')).toEqual([]);
  });
  it('finds named stations but not "a station" (zh-Hans, zh-Hant, en)', () => {
    expect(quotes(detectStations, '在人民广场站捡到一个孩子')).toEqual(['人民广场站']);
    expect(quotes(detectStations, '在汽车站看到一个小女孩')).toEqual([]);
    expect(quotes(detectStations, '已经交给站务员了')).toEqual([]);
    expect(quotes(detectStations, '在台北車站迷路')).toEqual(['台北车站']);
    expect(quotes(detectStations, 'crying at Union Station this morning')).toEqual(['Union Station']);
  });
});
