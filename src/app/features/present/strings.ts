/** Labels of presentation mode and the handout, in the three interface languages. */
import type { UiLocale } from '../../state/store';

const en = {
  region: 'Presentation',
  controls: 'Presentation controls',
  slideOf: 'Slide {n} of {total}',
  prev: 'Previous slide',
  next: 'Next slide',
  notes: 'Speaker notes',
  fullscreen: 'Full screen',
  blank: 'Blank screen',
  blanked: 'Screen blanked: press B to show the slide again.',
  handout: 'Print handout',
  leave: 'Leave',
  keys: '← → Space PgUp PgDn · Home End · F full screen · B blank · N notes · Esc leave',
  handoutTitle: 'Handout',
  preparing: 'Preparing the handout: slide {n} of {total}…',
  print: 'Print',
  back: 'Back to the presentation',
  handoutSource: 'Diplomap · slide {n} of {total}',
};

export type PresentStrings = { [K in keyof typeof en]: string };

const bn: PresentStrings = {
  region: 'উপস্থাপনা',
  controls: 'উপস্থাপনার নিয়ন্ত্রণ',
  slideOf: '{total}টির মধ্যে {n} নম্বর স্লাইড',
  prev: 'আগের স্লাইড',
  next: 'পরের স্লাইড',
  notes: 'বক্তার নোট',
  fullscreen: 'পূর্ণ পর্দা',
  blank: 'পর্দা কালো',
  blanked: 'পর্দা কালো করা আছে: স্লাইড আবার দেখাতে B চাপুন।',
  handout: 'হ্যান্ডআউট ছাপুন',
  leave: 'বেরিয়ে যান',
  keys: '← → স্পেস PgUp PgDn · Home End · F পূর্ণ পর্দা · B কালো পর্দা · N নোট · Esc বেরোন',
  handoutTitle: 'হ্যান্ডআউট',
  preparing: 'হ্যান্ডআউট তৈরি হচ্ছে: {total}টির মধ্যে {n} নম্বর স্লাইড…',
  print: 'ছাপুন',
  back: 'উপস্থাপনায় ফিরুন',
  handoutSource: 'ডিপ্লোম্যাপ · {total}টির মধ্যে {n} নম্বর স্লাইড',
};

const hi: PresentStrings = {
  region: 'प्रस्तुति',
  controls: 'प्रस्तुति के नियंत्रण',
  slideOf: '{total} में से स्लाइड {n}',
  prev: 'पिछली स्लाइड',
  next: 'अगली स्लाइड',
  notes: 'वक्ता के नोट्स',
  fullscreen: 'पूर्ण स्क्रीन',
  blank: 'काली स्क्रीन',
  blanked: 'स्क्रीन काली है: स्लाइड फिर से दिखाने के लिए B दबाएँ।',
  handout: 'हैंडआउट छापें',
  leave: 'बाहर निकलें',
  keys: '← → स्पेस PgUp PgDn · Home End · F पूर्ण स्क्रीन · B काली स्क्रीन · N नोट्स · Esc बाहर',
  handoutTitle: 'हैंडआउट',
  preparing: 'हैंडआउट तैयार हो रहा है: {total} में से स्लाइड {n}…',
  print: 'छापें',
  back: 'प्रस्तुति पर लौटें',
  handoutSource: 'डिप्लोमैप · {total} में से स्लाइड {n}',
};

export const PRESENT_STRINGS: Record<UiLocale, PresentStrings> = { en, bn, hi };
