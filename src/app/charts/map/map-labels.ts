/**
 * The map's title, legend and source line in the three interface languages: one table for the
 * on-screen legend (features/map) and the map's SVG export (features/export), so they never differ.
 */
export const MAP_LABELS = {
  en: {
    mapLabel: 'World map of meetings',
    legendTitle: 'Meetings',
    bilateral: 'Bilateral / visit',
    multilateral: 'Multilateral / summit',
    planned: 'Planned',
    approximate: 'approximate: capital of the country',
    shading: 'Meetings per country',
    arcs: 'Visit (visitor → host)',
    source: 'Basemap: Natural Earth (world-atlas). Data: Diplomap pipeline.',
    notOnMap: 'Not on the map',
  },
  bn: {
    mapLabel: 'বৈঠকের বিশ্ব মানচিত্র',
    legendTitle: 'বৈঠক',
    bilateral: 'দ্বিপাক্ষিক / সফর',
    multilateral: 'বহুপাক্ষিক / শীর্ষ সম্মেলন',
    planned: 'পরিকল্পিত',
    approximate: 'আনুমানিক: দেশের রাজধানী',
    shading: 'দেশ অনুযায়ী বৈঠক',
    arcs: 'সফর (অতিথি → আয়োজক)',
    source: 'মানচিত্র: ন্যাচারাল আর্থ (world-atlas)। তথ্য: ডিপ্লোম্যাপ পাইপলাইন।',
    notOnMap: 'মানচিত্রে নেই',
  },
  hi: {
    mapLabel: 'बैठकों का विश्व मानचित्र',
    legendTitle: 'बैठकें',
    bilateral: 'द्विपक्षीय / यात्रा',
    multilateral: 'बहुपक्षीय / शिखर सम्मेलन',
    planned: 'नियोजित',
    approximate: 'अनुमानित: देश की राजधानी',
    shading: 'देश के अनुसार बैठकें',
    arcs: 'यात्रा (अतिथि → मेज़बान)',
    source: 'मानचित्र: नेचुरल अर्थ (world-atlas)। डेटा: डिप्लोमैप पाइपलाइन।',
    notOnMap: 'मानचित्र पर नहीं',
  },
} as const;

export type MapLabels = (typeof MAP_LABELS)['en' | 'bn' | 'hi'];
