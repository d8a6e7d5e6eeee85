// Tells "she" from "he" when a pronoun is traced back to a person: a woman is named with Mrs.,
// Ms., Miss, Madam or Dame, with a role word such as "spokeswoman" or "actress", or with a first
// name from a short list of women's names common in news copy; a man with Mr., Sir, Lord or a role
// word such as "spokesman". Anyone else is unknown, and may be either. No lexicon can be complete:
// the list only has to beat "the last person named", which ignores gender altogether.

import type { Mention } from './names.js';

export type Gender = 'female' | 'male' | 'unknown';

const FEMALE_TITLES = /\b(?:mrs|ms|miss|madam|dame|lady|queen|princess|sister)\b\.?|\b(?:\p{L}+woman|actress|wife|mother|daughter|sister|girl|grandmother|widow|first lady)\b/iu;
const MALE_TITLES = /\b(?:mr|sir|lord|king|prince|father|brother)\b\.?|\b(?:\p{L}+man|actor|husband|son|boy|grandfather)\b/iu;

const FEMALE_NAMES = new Set(
  `Hillary Melania Ivanka Nancy Elizabeth Sarah Megyn Kellyanne Carly Nikki Michelle Debbie Donna Huma
  Hope Ruth Susan Mary Jane Anna Ann Anne Maria Karen Lisa Laura Linda Barbara Jennifer Jessica Emily
  Amy Amanda Rebecca Katie Kate Claire Christine Angela Theresa Marine Condoleezza Madeleine Dianne
  Kamala Tammy Kirsten Patty Maxine Loretta Janet Valerie Samantha Cecile Rosario Sheryl Oprah Chelsea
  Katrina Kristen Catherine Katherine Margaret Helen Julia Julie Sandra Jill Joan Diane Cheryl Heather
  Rachel Andrea Natalie Nicole Stephanie Melissa Deborah Patricia Carol Marsha Martha Betsy Gina
  Alice Grace Olivia Sophia Emma Ellen Eleanor Irene Judith Judy Kathleen Kelly Lauren Lindsey Lynn
  Marie Monica Paula Rosa Sonia Sylvia Tina Tracy Wendy Yvonne Zoe Brigid Claudia Gretchen Jeanne
  Joni Kay Kristi Liz Lisa Lucy Mia Mika Nina Pam Pamela Ruby Shannon Sheila Stacey Tulsi Vicki
  Virginia Dana Erin Jen Jenny Karine Kim Leslie Michele Rebekah Shonda Susana Teresa Ilhan`.split(/\s+/u),
);

/** A person's gender as the article writes it, or unknown. */
export function genderOf(m: Mention): Gender {
  if (FEMALE_TITLES.test(m.title)) return 'female';
  if (MALE_TITLES.test(m.title)) return 'male';
  const first = m.name.split(' ')[0] ?? '';
  if (m.name.includes(' ') && FEMALE_NAMES.has(first)) return 'female';
  return 'unknown';
}

/** Whether "he" or "she" (`pronoun`, any case) may refer to `m`. */
export function agrees(pronoun: string, m: Mention): boolean {
  const gender = genderOf(m);
  if (gender === 'unknown') return true;
  return /^she$/iu.test(pronoun) ? gender === 'female' : gender === 'male';
}
