import { createApp } from 'vue';
// Each module defines its element; the drop-in 'uzl-widgets/uzl-widgets.js' defines all five.
import 'uzl-widgets/news-list.js';
import 'uzl-widgets/event-calendar.js';
import 'uzl-widgets/campus-card.js';
import 'uzl-widgets/stats-counter.js';
import 'uzl-widgets/ai-publications.js';
import App from './App.vue';

createApp(App).mount('#app');
