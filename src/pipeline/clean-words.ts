/**
 * Word lists of the cleaner: what dates, markers, bylines and page chrome look like in English,
 * Bengali and Hindi. Kept apart from the rules so that a new site's furniture means a new word,
 * not new code. Latin words match case-insensitively; every list is matched on whole lines or
 * whole words, never as a bare substring of a sentence.
 */

const EN_MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const EN_DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun';
const BN_MONTHS =
  'জানুয়ারি|জানুয়ারী|ফেব্রুয়ারি|ফেব্রুয়ারী|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|আগষ্ট|সেপ্টেম্বর|' + 'অক্টোবর|নভেম্বর|ডিসেম্বর';
const BN_DAYS = 'শনিবার|রবিবার|রোববার|সোমবার|মঙ্গলবার|বুধবার|বৃহস্পতিবার|বিষ্যুদবার|শুক্রবার';
/** Months of the Bengali calendar (বঙ্গাব্দ) and the Hijri calendar, as sites print them under the date. */
const BN_CALENDAR_MONTHS =
  'বৈশাখ|জ্যৈষ্ঠ|আষাঢ়|আষাঢ়|শ্রাবণ|ভাদ্র|আশ্বিন|কার্তিক|অগ্রহায়ণ|অগ্রহায়ণ|পৌষ|মাঘ|ফাল্গুন|চৈত্র|' +
  'মহররম|মহরম|সফর|রবিউল|জমাদিউল|রজব|শাবান|রমজান|শাওয়াল|জিলকদ|জিলহজ|আউয়াল|সানি|আখির|বঙ্গাব্দ|হিজরি';
const HI_MONTHS =
  'जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर';
const HI_DAYS = 'सोमवार|मंगलवार|बुधवार|गुरुवार|बृहस्पतिवार|शुक्रवार|शनिवार|रविवार';
const TIME_WORDS = 'am|pm|ist|gmt|utc|bst|est|edt|cst|pst|pt|et|hrs|বাংলাদেশ সময়|সময়|সকাল|বিকেল|রাত';

/** One token of a bare date line: a date word, a number (any script), a time "19:07", or a zone. */
export const DATE_TOKEN = new RegExp(
  `^(?:${[EN_MONTHS, EN_DAYS, BN_MONTHS, BN_DAYS, BN_CALENDAR_MONTHS, HI_MONTHS, HI_DAYS, TIME_WORDS].join('|')}` +
    `|[\\p{Nd}:./-]+|(?:\\p{Nd}+(?:st|nd|rd|th)))$`,
  'iu',
);
/** A token that names a month of the Bengali or Hijri calendar: such a line is the site's, not the story's. */
export const CALENDAR_MONTH = new RegExp(`^(?:${BN_CALENDAR_MONTHS})$`, 'u');
export const WEEKDAY_WORD = new RegExp(
  `(?:^|[^\\p{L}\\p{M}])(?:${EN_DAYS}|${BN_DAYS}|${HI_DAYS})(?:$|[^\\p{L}\\p{M}])`,
  'iu',
);
export const MONTH_WORD = new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${EN_MONTHS}|${BN_MONTHS}|${HI_MONTHS})`, 'iu');

/** "Published :", "আপডেট :", "प्रकाशित:" — a date label, at the line's start or before a colon. */
export const DATE_LABEL =
  /(?:^|[|•·]\s*)(?:first\s+)?(?:published|updated|last updated|posted|modified|প্রকাশিত|প্রকাশ|আপডেট|অপডেটেড|হালনাগাদ|प्रकाशित|अपडेटेड|अपडेट|अद्यतन|पब्लिश्ड|दिनांक|तारीख)(?![\p{L}\p{M}])|(?:published|updated|posted|প্রকাশিত|প্রকাশ|আপডেট|অপডেটেড|হালনাগাদ|प्रकाशित|अपडेटेड|अपडेट)\s*(?:on|at)?\s*[:：|]/iu;

/** Lines that open a list of other stories: after them, the rest of the page is furniture. */
export const MARKERS = [
  /^(?:related|recommended|suggested|similar|more|other|latest|top|trending|popular|most read|most popular|most viewed)(?: (?:articles?|stories|story|news|coverage|posts?|content|videos?|reads?|for you|now|headlines?|from [\p{L}\p{M}\s.]+))?$/iu,
  /^(?:read next|read more|also read|read also|must read|you may (?:also )?like|you might (?:also )?like|don't miss|dont miss|more to read|editor's picks?|in case you missed it|next article|previous article|up next|more on this story)$/iu,
  /^(?:আরও|আরো) (?:পড়ুন|পড়ুন|খবর|সংবাদ|দেখুন|পড়তে পারেন|পড়তে পারেন|পড়ুন এখানে)$|^পড়তে পারেন$|^(?:এ )?(?:সম্পর্কিত|সংশ্লিষ্ট)(?: আরও)?(?: খবর| সংবাদ| পোস্ট)?$/u,
  /^(?:সর্বশেষ|সর্বাধিক পঠিত|সর্বাধিক পঠিত|সর্বাধিক পড়া|জনপ্রিয়|জনপ্রিয়|পাঠকপ্রিয়|পাঠকপ্রিয়|বাছাইকৃত|এই বিভাগের আরও)(?: খবর| সংবাদ)?$/u,
  /^(?:(?:ये|यह|इसे|इन्हें|ये खबर|यह खबर) भी पढ़ें|और पढ़ें|संबंधित|सम्बंधित|संबंधित (?:खबरें|ख़बरें|खबर|लेख|समाचार)|ताज़ा (?:खबरें|ख़बरें)|ताजा (?:खबरें|ख़बरें)|लेटेस्ट (?:न्यूज़|न्यूज)|सबसे ज्यादा पढ़ी गई|सबसे ज़्यादा पढ़ी गई|लोकप्रिय|टॉप (?:न्यूज़|न्यूज|स्टोरी)|यह भी देखें|ये भी देखें|अगला लेख|पिछला लेख|और भी पढ़ें|ये खबरें भी पढ़ें|ये ख़बरें भी पढ़ें|खबरें और भी हैं|ख़बरें और भी हैं|और खबरें|अन्य खबरें|ये खबर भी पढ़ें)$/u,
];

/** Words of page chrome (sharing, navigation, galleries, ads); a short line with one is not story text. */
export const CHROME_WORD =
  /(?:^|[^\p{L}\p{M}])(?:share|tweet|whatsapp|facebook|telegram|linkedin|subscribe|follow us|click|tap here|read more|photos?|gallery|slideshow|advertisement|advertisment|sponsored|download|login|log in|sign in|sign up|comments?|loading|menu|newsletter|cookies?|print|e-?mail|copy link|कॉपी लिंक|লিংক কপি|লিঙ্ক কপি|hours? ago|minutes? ago|घंटे पहले|घंटा पहले|मिनट पहले|ঘণ্টা আগে|মিনিট আগে|read time|min read|mins read|minute read|পড়ার সময়|पढ़ने का समय|শেয়ার|শেয়ার|ক্লিক|বিজ্ঞাপন|ফলো|সাবস্ক্রাইব|গ্যালারি|ডাউনলোড|মন্তব্য|ফটো|शेयर|क्लिक|विज्ञापन|फॉलो|सब्सक्राइब|गैलरी|डाउनलोड|कमेंट|फोटो)(?:$|[^\p{L}\p{M}])/iu;
/** Chrome that also fills longer lines: a gallery or app prompt is never story text. */
export const STRONG_CHROME =
  /photo gallery|full gallery|click here|download the app|follow us on|syndicated feed|auto-generated|^disclaimer\b|^\(?with inputs from|ফটো গ্যালারি|ছবির গ্যালারি|ক্লিক করুন|ফটো গ্যালারি|फोटो गैलरी|क्लिक करें|ऐप डाउनलोड/iu;

/** Byline and desk signatures: an author, a desk or an agency, not a sentence of the story. */
export const BYLINE =
  /^(?:by|written by|reported by|edited by|source|সূত্র|লেখক|द्वारा|स्रोत)[\s:]|(?:desk|correspondent|bureau|reporter|staff|ডেস্ক|প্রতিবেদক|প্রতিনিধি|সংবাদদাতা|डेस्क|संवाददाता|ब्यूरो|रिपोर्टर)(?:$|\s*[,|])/iu;

/**
 * Caption and credit lines as BBC-style pages print them, a label and a comma or colon before the
 * text ("ছবির ক্যাপশান,…", "Image source,…", "লেখা,…"): furniture at any length.
 */
export const CAPTION_LINE =
  /^(?:ছবির (?:উৎস|ক্যাপশান|ক্যাপশন)|ছবির ক্যাপশান|image (?:source|caption)|इमेज (?:स्रोत|कैप्शन)|तस्वीर का स्रोत|लेखक|লেখা|পদবী|पदनाम|author|role)\s*[,:：]/iu;

/** Photo credits and captions' sources: "Photo: Reuters", "ছবি: সংগৃহীত", "फोटो: एएनआई". */
export const PHOTO_CREDIT =
  /^(?:photo|image|file photo|picture|credit|ছবি|ফাইল ছবি|ছবি সংগৃহীত|फोटो|तस्वीर|फाइल फोटो)\s*[:：|/-]/iu;
