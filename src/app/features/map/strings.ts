/** Labels of the map view in the three interface languages (title and legend: charts/map/map-labels.ts). */
import { MAP_LABELS } from '../../charts/map/map-labels';

export const MAP_STRINGS = {
  en: {
    ...MAP_LABELS.en,
    onMap: 'On the map',
    meetings: 'meetings',
    time: 'Meetings up to',
    all: 'all dates',
    play: 'Play',
    pause: 'Pause',
    more: 'more',
  },
  bn: {
    ...MAP_LABELS.bn,
    onMap: 'মানচিত্রে',
    meetings: 'বৈঠক',
    time: 'যে সময় পর্যন্ত বৈঠক',
    all: 'সব তারিখ',
    play: 'চালান',
    pause: 'থামান',
    more: 'আরও',
  },
  hi: {
    ...MAP_LABELS.hi,
    onMap: 'मानचित्र पर',
    meetings: 'बैठकें',
    time: 'इस समय तक की बैठकें',
    all: 'सभी तारीख़ें',
    play: 'चलाएँ',
    pause: 'रोकें',
    more: 'और',
  },
} as const;
