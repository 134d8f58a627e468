import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle, outletOf, type Cleaned } from '../../src/pipeline/clean';
import type { Block } from '../../src/shared/schema';

const FIXTURES = path.resolve(__dirname, '../fixtures/clean');

function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** The text of each block, with its kind, for readable assertions. */
function kinds(text: string, cleaned: Cleaned): Array<[Block['kind'], string]> {
  return cleaned.blocks.map((b) => [b.kind, text.slice(b.start, b.end)]);
}

function kindOf(text: string, cleaned: Cleaned, line: string): Block['kind'] | undefined {
  return kinds(text, cleaned).find(([, t]) => t === line)?.[0];
}

function titleOf(text: string, cleaned: Cleaned): string {
  return text.slice(cleaned.title.start, cleaned.title.end);
}

/** Blocks in order, not overlapping, and every non-blank character inside one. */
function expectCovering(text: string, cleaned: Cleaned): void {
  let last = 0;
  const covered = new Array<boolean>(text.length).fill(false);
  for (const b of cleaned.blocks) {
    expect(b.start).toBeGreaterThanOrEqual(last);
    expect(b.end).toBeGreaterThan(b.start);
    for (let i = b.start; i < b.end; i++) covered[i] = true;
    last = b.end;
  }
  const uncovered = [...text].filter((ch, i) => !covered[i] && /[\p{L}\p{N}]/u.test(ch));
  expect(uncovered).toEqual([]);
}

describe('cleanArticle(text) on a Bengali page with a site header and a desk byline', () => {
  const text = fixture('bn-desk-story.txt');
  const cleaned = cleanArticle(text);

  it('takes the first headline after the date-of-the-day and calendar lines as the title', () => {
    expect(titleOf(text, cleaned)).toBe('ঢাকায় জাপানি মন্ত্রীর সঙ্গে বৈঠক করলেন পররাষ্ট্র উপদেষ্টা');
    expect(kindOf(text, cleaned, 'মঙ্গলবার, ৪ মার্চ ২০২৫')).toBe('furniture');
    expect(kindOf(text, cleaned, '২০ ফাল্গুন ১৪৩১')).toBe('furniture');
    expect(kindOf(text, cleaned, '☰')).toBe('furniture');
  });

  it('marks the প্রকাশিত line as the dateline and the desk byline as furniture', () => {
    expect(kindOf(text, cleaned, 'প্রকাশিত: ০৪ মার্চ ২০২৫, ১১:২০')).toBe('dateline');
    expect(kindOf(text, cleaned, 'কূটনৈতিক প্রতিবেদক')).toBe('furniture');
  });

  it('keeps the subheading between paragraphs as body', () => {
    expect(kindOf(text, cleaned, 'বিনিয়োগে নতুন প্রস্তাব')).toBe('body');
  });

  it('marks credits, share prompts, the signature and everything after আরও পড়ুন as furniture', () => {
    for (const line of ['ছবি: সংগৃহীত', 'শেয়ার করুন', '/আরকে/', 'আরও পড়ুন', 'ঢাকায় বৃষ্টির পূর্বাভাস']) {
      expect(kindOf(text, cleaned, line), line).toBe('furniture');
    }
    const marker = text.indexOf('আরও পড়ুন');
    expect(cleaned.blocks.filter((b) => b.start >= marker).every((b) => b.kind === 'furniture')).toBe(true);
  });

  it('covers every line of the text with blocks in order', () => expectCovering(text, cleaned));
});

describe('cleanArticle(text) on a Hindi page with a scraper date prefix and a tweet embed', () => {
  const text = fixture('hi-tweet-story.txt');
  const cleaned = cleanArticle(text);

  it('takes the title from after the " date YYYY-MM-DD" prefix, and the prefix as dateline', () => {
    expect(titleOf(text, cleaned)).toBe('भारत और फ्रांस के विदेश मंत्रियों की पेरिस में बैठक, रक्षा सहयोग पर जोर');
    expect(kindOf(text, cleaned, 'date 2025-09-12')).toBe('dateline');
    expect(kindOf(text, cleaned, 'अपडेटेड: 12 सितंबर 2025, 04:15 PM IST')).toBe('dateline');
  });

  it('keeps the place dateline "पेरिस: " inside the body line', () => {
    const body = kinds(text, cleaned).filter(([k]) => k === 'body');
    expect(body[0]?.[1].startsWith('पेरिस: विदेश मंत्री')).toBe(true);
  });

  it('keeps the tweet text as body and its attribution and pic.twitter.com link as furniture', () => {
    expect(
      kindOf(text, cleaned, 'Productive talks with my French counterpart today on defence and space.'),
    ).toBe('body');
    expect(kindOf(text, cleaned, '— Foreign Minister (@FMIndiaExample) September 11, 2025')).toBe(
      'furniture',
    );
    expect(kindOf(text, cleaned, 'pic.twitter.com/abcDEF1234')).toBe('furniture');
  });

  it('drops an inline "यह भी पढ़ें: …" link but keeps the story that goes on after it', () => {
    expect(kindOf(text, cleaned, 'यह भी पढ़ें: मुंबई में भारी बारिश से जनजीवन प्रभावित')).toBe('furniture');
    const after = kinds(text, cleaned).find(([, t]) => t.startsWith('दोनों मंत्रियों ने दिसंबर'));
    expect(after?.[0]).toBe('body');
  });

  it('marks share prompts and the most-read list as furniture', () => {
    for (const line of [
      'Share this article',
      'Follow us on WhatsApp',
      'सबसे ज्यादा पढ़ी गई',
      'मौसम विभाग का नया अलर्ट',
    ]) {
      expect(kindOf(text, cleaned, line), line).toBe('furniture');
    }
  });

  it('names the agency of "By PTI" as the outlet', () => {
    expect(outletOf(text, cleaned.blocks)).toBe('PTI');
  });

  it('covers every line of the text with blocks in order', () => expectCovering(text, cleaned));
});

describe('cleanArticle(text) on an English wire story', () => {
  const text = fixture('en-wire-story.txt');
  const cleaned = cleanArticle(text);

  it('skips the menu and the date-of-the-day header for the title', () => {
    expect(titleOf(text, cleaned)).toBe('Kenya and Germany sign pact on green hydrogen and minerals');
    expect(kindOf(text, cleaned, 'Home | World | Business | Sport | Opinion')).toBe('furniture');
    expect(kindOf(text, cleaned, 'Wednesday, 8 October 2025')).toBe('furniture');
    expect(kindOf(text, cleaned, 'Published on 8 October 2025, 14:05 GMT')).toBe('dateline');
  });

  it('keeps "Next steps" as a subheading and marks ads, credits and the "You may also like" list as furniture', () => {
    expect(kindOf(text, cleaned, 'Next steps')).toBe('body');
    for (const line of [
      'Advertisement',
      'Photo: Reuters/File',
      'You may also like',
      'Markets slip as oil prices climb',
    ]) {
      expect(kindOf(text, cleaned, line), line).toBe('furniture');
    }
  });

  it('reads the agency from the wire dateline "NAIROBI (Reuters) —"', () => {
    expect(outletOf(text, cleaned.blocks)).toBe('Reuters');
  });
});

describe('cleanArticle(text) on breadcrumbs, author lines, captions and tags', () => {
  const text = [
    'होम / देश / विदेश',
    'भारत-जापान वार्ता: महत्वपूर्ण खनिजों पर नया समझौता',
    'Written by: Rahul Sharma | Edited by: Amit',
    'Last Updated: May 12, 2025, 11:05 IST',
    'नई दिल्ली: भारत और जापान ने सोमवार को महत्वपूर्ण खनिजों की आपूर्ति श्रृंखला पर एक नए समझौते पर हस्ताक्षर किए। दोनों देशों के विदेश मंत्रियों की बैठक में यह फैसला लिया गया।',
    'बैठक में दोनों देशों के प्रतिनिधि। (फोटो: एएनआई)',
    'दोनों पक्षों ने अगले साल टोक्यो में फिर मिलने और खनिज प्रसंस्करण में निवेश बढ़ाने पर भी सहमति जताई।',
    'Tags: India Japan',
  ].join('\n');
  const cleaned = cleanArticle(text);

  it('skips the breadcrumb for the title and marks author, caption and tags lines as furniture', () => {
    expect(titleOf(text, cleaned)).toBe('भारत-जापान वार्ता: महत्वपूर्ण खनिजों पर नया समझौता');
    for (const line of [
      'होम / देश / विदेश',
      'Written by: Rahul Sharma | Edited by: Amit',
      'Tags: India Japan',
    ]) {
      expect(kindOf(text, cleaned, line), line).toBe('furniture');
    }
    expect(kindOf(text, cleaned, 'बैठक में दोनों देशों के प्रतिनिधि। (फोटो: एएनआई)')).toBe('furniture');
    expect(kindOf(text, cleaned, 'Last Updated: May 12, 2025, 11:05 IST')).toBe('dateline');
  });
});

describe('cleanArticle(text) on a wire credit line', () => {
  const credit =
    'Reporting by Jane Roe in New Delhi and John Doe in Manila; Additional reporting by Ann Lee in Singapore; Editing by Kim Park';
  const text = [
    'Philippines and India agree on nickel supply',
    'MANILA, Aug 5 (Reuters) - The Philippines and India agreed on Tuesday to work together on nickel processing, officials said after the talks.',
    '(Reporting by Jane Roe; additional reporting by Ann Lee in Washington; Editing by Kim Park)',
    credit,
  ].join('\n');
  const cleaned = cleanArticle(text);

  it('marks the reporting and editing credits as furniture, however long', () => {
    expect(kindOf(text, cleaned, credit)).toBe('furniture');
    expect(
      kindOf(
        text,
        cleaned,
        '(Reporting by Jane Roe; additional reporting by Ann Lee in Washington; Editing by Kim Park)',
      ),
    ).toBe('furniture');
    expect(kindOf(text, cleaned, text.split('\n')[1]!)).toBe('body');
  });
});

describe('cleanArticle(text) on a run-on first line', () => {
  it('cuts the title at its first sentence and keeps the rest as body', () => {
    const rest = 'इस बैठक में दोनों देशों ने व्यापार, ऊर्जा और खनिज पर सहयोग बढ़ाने का फैसला किया. '.repeat(3);
    const text = ` date 2025-03-01 Rare Earths Talks in Delhi: ${rest}`;
    const cleaned = cleanArticle(text);
    expect(titleOf(text, cleaned)).toBe('Rare Earths Talks in Delhi');
    expect(kinds(text, cleaned).find(([k]) => k === 'body')?.[1]).toBe(rest.trim());
  });
});

describe('cleanArticle(text) on hostile input', () => {
  it('returns an empty title and no blocks for empty text', () => {
    expect(cleanArticle('')).toEqual({ title: { start: 0, end: 0 }, blocks: [] });
  });

  it('keeps bidi marks and zero-width characters in the text without breaking the title', () => {
    const text =
      '\u200F\u200BIndia\u200D and Japan agree on minerals deal\u200E\n\nTOKYO — India and Japan agreed.';
    const cleaned = cleanArticle(text);
    expect(titleOf(text, cleaned)).toBe('India\u200D and Japan agree on minerals deal');
    expect(cleaned.title.start).toBe(2);
  });

  it('treats HTML with <script> as inert text: the markup line is furniture, nothing runs', () => {
    const text =
      'Leaders meet in Geneva for talks\n<script>globalThis.pwned = true</script>\nThe talks began on Monday.';
    const cleaned = cleanArticle(text);
    expect(kindOf(text, cleaned, '<script>globalThis.pwned = true</script>')).toBe('furniture');
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });
});

describe('cleanArticle(text) keeps story lines that look a little like furniture', () => {
  const story =
    'The two ministers met in Dhaka on Tuesday and agreed to expand cooperation on energy, ports and ' +
    'critical minerals, officials said after the talks ended late in the evening.';

  it('takes a headline with "share" in it as the title', () => {
    const text = `India and China share concerns over minerals\n\n${story}`;
    expect(titleOf(text, cleanArticle(text))).toBe('India and China share concerns over minerals');
  });

  it('keeps a story sentence with a date and a time as body, not dateline', () => {
    const sentence = 'The next round will open on 5 March 2026 at 10:30 in Tokyo.';
    const text = `Ministers agree on a new round of talks\n${sentence}\n${story}`;
    expect(kindOf(text, cleanArticle(text), sentence)).toBe('body');
  });

  it('keeps the first copy of a repeated paragraph (a pull quote) as body', () => {
    const text = `Ministers agree on a new round of talks\n${story}\nMore text follows here for the story.\n${story}`;
    const copies = cleanArticle(text).blocks.filter((b) => text.slice(b.start, b.end) === story);
    expect(copies.map((b) => b.kind)).toEqual(['body', 'furniture']);
  });

  it('keeps an HTML paragraph with words as body but a script line as furniture', () => {
    const paragraph = `<p>${story}</p>`;
    const text = `Ministers agree on a new round of talks\n${paragraph}\n<script src="x.js"></script>`;
    const cleaned = cleanArticle(text);
    expect(kindOf(text, cleaned, paragraph)).toBe('body');
    expect(kindOf(text, cleaned, '<script src="x.js"></script>')).toBe('furniture');
  });
});

describe('cleanArticle(text) on inputs near the 5 MB limit', () => {
  it.each([
    ['one 2-million-character line of dashes', '-'.repeat(2_000_000) + 'x\n' + '. '.repeat(500_000) + 'x'],
    ['300,000 marker lines', 'A title for the page here\n' + 'Related\n'.repeat(300_000)],
    ['a scraper-prefixed line of 2 million words', 'date 2025-01-01 ' + 'ক '.repeat(2_000_000)],
    ['an unclosed tag of 2 million letters', '<' + 'a'.repeat(2_000_000)],
  ])('stays linear on %s', (_, text) => {
    const started = performance.now();
    const { blocks } = cleanArticle(text);
    outletOf(text, blocks);
    expect(blocks.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('outletOf(text, blocks)', () => {
  it('reads "PTI | New Delhi" and "/রয়টার্স/" as agency lines', () => {
    for (const [byline, outlet] of [
      ['PTI | New Delhi', 'PTI'],
      ['/রয়টার্স/', 'Reuters'],
    ]) {
      const text = `A headline about a summit meeting\n${byline}\nThe story goes on here.`;
      expect(outletOf(text, cleanArticle(text).blocks), byline).toBe(outlet);
    }
  });

  it('returns null for a staff byline and for a person', () => {
    for (const byline of ['By Staff Reporter | Published: 1 May 2025, 10:00 IST', 'By Jane Doe']) {
      const text = `A headline about a summit meeting\n${byline}\nThe story goes on here.`;
      expect(outletOf(text, cleanArticle(text).blocks), byline).toBeNull();
    }
  });
});

describe('cleanArticle: site name, menu, captions and mid-story link lists', () => {
  const para = (s: string) =>
    `${s} ${'এই অনুচ্ছেদে খবরের বিস্তারিত বিবরণ রয়েছে এবং আরও তথ্য দেওয়া হয়েছে।'.repeat(3)}`;

  it('skips a site name and its menu to find the headline', () => {
    const text = [
      'খবরের কাগজ অনলাইন',
      'প্রচ্ছদ',
      'আন্তর্জাতিক',
      'খেলা',
      'বিনোদন',
      'ঢাকায় দুই দেশের বিদেশমন্ত্রীর বৈঠক, বাণিজ্য বাড়ানোর অঙ্গীকার',
      para('প্রথম অনুচ্ছেদ।'),
    ].join('\n');
    const cleaned = cleanArticle(text);
    expect(titleOf(text, cleaned)).toBe('ঢাকায় দুই দেশের বিদেশমন্ত্রীর বৈঠক, বাণিজ্য বাড়ানোর অঙ্গীকার');
    expect(kindOf(text, cleaned, 'প্রচ্ছদ')).toBe('furniture');
  });

  it('takes a header with city, weekday and dates as furniture, not as the title', () => {
    const text = [
      'ঢাকা, রবিবার ১২ অক্টোবর ২০২৫ | ২৭ আশ্বিন ১৪৩২',
      'দুই দেশের বৈঠকে নতুন চুক্তি সই হলো আজ',
      para('অনুচ্ছেদ।'),
    ].join('\n');
    expect(titleOf(text, cleanArticle(text))).toBe('দুই দেশের বৈঠকে নতুন চুক্তি সই হলো আজ');
  });

  it('treats caption and credit lines as furniture at any length', () => {
    const caption =
      'ছবির ক্যাপশান,বেইজিংয়ে গ্রেট হল অব দ্য পিপলে বৈঠকে দুই দেশের নেতারা করমর্দন করছেন, পাশে দাঁড়িয়ে আছেন অন্য কর্মকর্তারা';
    const text = ['দুই নেতার বৈঠক বেইজিংয়ে', caption, 'Image source,Getty Images', para('অনুচ্ছেদ।')].join('\n');
    const cleaned = cleanArticle(text);
    expect(kindOf(text, cleaned, caption)).toBe('furniture');
    expect(kindOf(text, cleaned, 'Image source,Getty Images')).toBe('furniture');
  });

  it('drops the headlines after a bare "আরও পড়তে পারেন:" and keeps the story that resumes', () => {
    const resumed = para('গল্পটি আবার শুরু হলো।');
    const text = [
      'দুই নেতার বৈঠক বেইজিংয়ে',
      para('প্রথম অনুচ্ছেদ।'),
      'আরও পড়তে পারেন:',
      'ভিয়েতনামের বাজারে শুল্কের ধাক্কা',
      'ভূমিকম্পে ধসে পড়ল ভবন',
      resumed,
      'ছোট একটি বাক্য যা শেষ হয়েছে দাঁড়ি দিয়ে।'.repeat(4),
    ].join('\n');
    const cleaned = cleanArticle(text);
    expect(kindOf(text, cleaned, 'ভিয়েতনামের বাজারে শুল্কের ধাক্কা')).toBe('furniture');
    expect(kindOf(text, cleaned, resumed)).toBe('body');
  });
});
