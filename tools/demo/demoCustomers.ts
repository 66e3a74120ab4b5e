import { makeIdCard } from './idCard';
import { chineseName, type DemoOrganisation } from './demoOrganisation';
import { DAY_MS } from './demoCalendar';
import type { DemoSink } from './demoTables';
import {
  birthplaceCodes,
  emailDomains,
  englishEmailDomains,
  englishGivenFemale,
  englishGivenMale,
  englishSurnames,
  englishTagSets,
  mobilePrefixes,
  regions,
  salutationWords,
  surnames,
  tagSets,
  type City,
} from './demoVocabulary';
import { demoId, weighted, type DemoRng } from './random';

/** What later cases need to know about a customer. */
export interface DemoCustomer {
  id: string;
  name: string;
  /** How agents address them: 王先生, Ms Smith. */
  who: string;
  english: boolean;
  branch: number;
  city: City;
  address: string | null;
}

const pinyinOf = new Map(surnames.map(([han, pinyin]) => [han, pinyin]));
const pickTags = weighted(tagSets);
/** Share of customers who speak English rather than Chinese. */
const ENGLISH_SHARE = 0.05;

const digits = (rng: DemoRng, n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(48 + rng.int(0, 9));
  return s;
};

function mobileNumber(rng: DemoRng): string {
  return rng.pick(mobilePrefixes) + digits(rng, 8);
}

function landline(rng: DemoRng, city: City): string {
  return city.areaCode + String.fromCharCode(48 + rng.int(2, 8)) + digits(rng, city.areaCode.length === 3 ? 7 : 6);
}

/** 'YYYY-MM-DD' of someone aged 20 to 72 at `at`. */
function birthDate(rng: DemoRng, at: number): string {
  const born = new Date(at - rng.int(20 * 365, 72 * 365) * DAY_MS);
  return born.toISOString().slice(0, 10);
}

/**
 * A new customer, first seen at `createdAt` by branch `branch`: a Chinese (or, for about one in
 * twenty, an English-speaking) name and salutation, one or two phones, and for many of them an
 * email, member account, valid ID-card number, birthday, address and tags.
 */
export function makeCustomer(rng: DemoRng, org: DemoOrganisation, index: number, createdAt: number, branch: number, sink: DemoSink): DemoCustomer {
  const code = org.branches[branch]!.code;
  const city = rng.pick(regions[code]);
  const district = rng.pick(city.districts);
  const id = demoId(rng, createdAt);
  const english = rng.chance(ENGLISH_SHARE);
  let name: string;
  let who: string;
  let male: boolean;
  let email: string | null = null;
  let idCard: string | null = null;
  let birthday: string | null = null;
  let tags: string;
  let phone: string;
  if (english) {
    male = rng.chance(0.5);
    const given = rng.pick(male ? englishGivenMale : englishGivenFemale);
    const surname = rng.pick(englishSurnames);
    name = `${given} ${surname}`;
    who = `${male ? 'Mr' : 'Ms'} ${surname}`;
    phone = rng.chance(0.7) ? mobileNumber(rng) : `+447700900${digits(rng, 3)}`;
    if (rng.chance(0.8)) email = `${given.toLowerCase()}.${surname.toLowerCase()}${rng.int(1, 99)}@${rng.pick(englishEmailDomains)}`;
    if (rng.chance(0.3)) birthday = birthDate(rng, createdAt);
    tags = rng.pick(englishTagSets);
  } else {
    const person = chineseName(rng);
    male = person.male;
    name = person.name;
    who = person.surname + salutationWords[male ? 'mr' : 'ms'];
    phone = mobileNumber(rng);
    if (rng.chance(0.35)) {
      email = rng.chance(0.4) ? `${rng.int(10_000, 3_999_999_999)}@qq.com` : `${pinyinOf.get(person.surname) ?? 'user'}${rng.int(1, 9999)}@${rng.pick(emailDomains)}`;
    }
    if (rng.chance(0.65)) {
      const born = birthDate(rng, createdAt);
      idCard = makeIdCard(rng.chance(0.7) ? district.code : rng.pick(birthplaceCodes), born, male, rng.int(0, 498));
      if (rng.chance(0.8)) birthday = born;
    } else if (rng.chance(0.2)) birthday = birthDate(rng, createdAt);
    tags = pickTags(rng);
  }
  const accountNo = rng.chance(0.7) ? `M${10_000_000 + index * 7 + rng.int(0, 6)}` : null;
  let address: string | null = null;
  if (rng.chance(0.75)) {
    address = `${city.prefix}${district.name}${rng.pick(district.streets)}${rng.int(1, 1999)}号`;
    if (rng.chance(0.7)) address += `${rng.int(1, 40)}栋${rng.int(1, 4)}单元${rng.int(1, 32)}0${rng.int(1, 6)}室`;
  }
  sink.customers(id, name, phone, createdAt, createdAt, male ? 'mr' : 'ms', email, accountNo, idCard, address, birthday, tags, org.branches[branch]!.id);
  sink.customer_phones(id, phone, 'mobile');
  if (rng.chance(0.25)) {
    const home = rng.chance(0.6);
    let second = home ? landline(rng, city) : mobileNumber(rng);
    if (second === phone) second = landline(rng, city);
    sink.customer_phones(id, second, home ? (rng.chance(0.5) ? 'home' : 'work') : 'mobile');
  }
  return { id, name, who, english, branch, city, address };
}
