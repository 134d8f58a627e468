/** Labels of the person and pair details (roles, meetings, tone counts) in the interface languages. */
import type { UiLocale } from '../state/store';

const en = {
  roles: 'Roles',
  noRoles: 'No role recorded.',
  since: 'since {from}',
  until: 'until {to}',
  represents: 'Represents {country}',
  unverified: 'Found by a title rule; the name is transliterated, not checked.',
  meetings: 'Meetings',
  otherEvents: 'Other events',
  with: 'With',
  reportedBy: 'reported by {n} articles',
  reportedByOne: 'reported by 1 article',
  cooperation: 'Cooperation',
  conflict: 'Conflict',
  first: 'First',
  last: 'Last',
  none: 'No events link them.',
};
export type RelationDetailStrings = typeof en;

const bn: RelationDetailStrings = {
  roles: 'পদ',
  noRoles: 'কোনো পদের তথ্য নেই।',
  since: '{from} থেকে',
  until: '{to} পর্যন্ত',
  represents: '{country}-এর প্রতিনিধি',
  unverified: 'পদবির নিয়মে পাওয়া; নামটি প্রতিবর্ণীকৃত, যাচাই করা হয়নি।',
  meetings: 'বৈঠক',
  otherEvents: 'অন্যান্য ঘটনা',
  with: 'সঙ্গে',
  reportedBy: '{n}টি নিবন্ধে প্রকাশিত',
  reportedByOne: '১টি নিবন্ধে প্রকাশিত',
  cooperation: 'সহযোগিতা',
  conflict: 'সংঘাত',
  first: 'প্রথম',
  last: 'সর্বশেষ',
  none: 'তাদের যুক্ত করে এমন কোনো ঘটনা নেই।',
};

const hi: RelationDetailStrings = {
  roles: 'पद',
  noRoles: 'कोई पद दर्ज नहीं।',
  since: '{from} से',
  until: '{to} तक',
  represents: '{country} का प्रतिनिधित्व',
  unverified: 'पदवी के नियम से मिला; नाम लिप्यंतरित है, जाँचा नहीं गया।',
  meetings: 'बैठकें',
  otherEvents: 'अन्य घटनाएँ',
  with: 'साथ में',
  reportedBy: '{n} लेखों में बताया गया',
  reportedByOne: '1 लेख में बताया गया',
  cooperation: 'सहयोग',
  conflict: 'टकराव',
  first: 'पहली',
  last: 'अंतिम',
  none: 'इन्हें जोड़ने वाली कोई घटना नहीं।',
};

export const RELATION_DETAIL_STRINGS: Record<UiLocale, RelationDetailStrings> = { en, bn, hi };
