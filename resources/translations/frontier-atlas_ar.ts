<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>EventText</name>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>، حتى %1</translation>
    </message>
    <message>
        <source> (with %1)</source>
        <translation> (ومعه %1)</translation>
    </message>
    <message>
        <source>the date of %1 (%2): %3</source>
        <translation>تاريخ %1 (%2): %3</translation>
    </message>
    <message>
        <source>km %1–%2</source>
        <translation>كم %1–%2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;approximate: dated only to the month or year&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;تقريبي: التاريخ معروف بالشهر أو السنة فقط&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;disputed:&lt;/i&gt;&lt;br&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;متنازع عليه:&lt;/i&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>No date to show yet.</source>
        <translation>لا تاريخ لعرضه بعد.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>المحدد: %1</translation>
    </message>
    <message>
        <source>%1. Press ] or [ to select each crossing and sector in turn.</source>
        <translation>%1. اضغط ] أو [ لتحديد المعابر والقطاعات واحدًا تلو الآخر.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>مقيد</translation>
    </message>
    <message>
        <source>control</source>
        <translation>سيطرة</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>حادثة</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>تصريح</translation>
    </message>
    <message>
        <source>report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>IQ</source>
        <translation>العراق</translation>
    </message>
    <message>
        <source>SY</source>
        <translation>سوريا</translation>
    </message>
    <message>
        <source>IQ side</source>
        <translation>الجانب العراقي</translation>
    </message>
    <message>
        <source>SY side</source>
        <translation>الجانب السوري</translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation>ثقة عالية</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>ثقة منخفضة</translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation>ثقة متوسطة</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>basemap: Natural Earth (public domain), GSHHG/DCW via GMT</source>
        <translation>الخريطة الأساسية: Natural Earth (ملكية عامة)، وGSHHG/DCW عبر GMT</translation>
    </message>
    <message>
        <source>events: sourced per event, dataset %1</source>
        <translation>الأحداث: لكل حدث مصادره، مجموعة البيانات ‎%1</translation>
    </message>
    <message>
        <source>Crossing status</source>
        <translation>حالة المعبر</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>مقيد</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Held by (disc: west SY, east IQ)</source>
        <translation>بيد (القرص: غرب سوريا، شرق العراق)</translation>
    </message>
    <message>
        <source>Unknown: no source covers it</source>
        <translation>غير معروف: لا يغطيه أي مصدر</translation>
    </message>
    <message>
        <source>Sector bands: SY west, IQ east</source>
        <translation>أشرطة القطاعات: سوريا غربًا، العراق شرقًا</translation>
    </message>
    <message>
        <source>Alongside (dot; stripe on a band)</source>
        <translation>إلى جانبه (نقطة؛ خط على الشريط)</translation>
    </message>
    <message>
        <source>Alongside (dot on that side)</source>
        <translation>إلى جانبه (نقطة على ذلك الجانب)</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>العلامات</translation>
    </message>
    <message>
        <source>Date known to month or year</source>
        <translation>التاريخ معروف بالشهر أو السنة</translation>
    </message>
    <message>
        <source>Disputed: sources disagree</source>
        <translation>متنازع عليه: المصادر مختلفة</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>Iraq–Syria boundary</source>
        <translation>الحدود العراقية السورية</translation>
    </message>
    <message>
        <source>River</source>
        <translation>نهر</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… و%1 أخرى</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 كم</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 م</translation>
    </message>
    <message>
        <source>Iraq–Syria frontier</source>
        <translation>الحدود العراقية السورية</translation>
    </message>
    <message>
        <source>Outside the data&apos;s coverage (%1 to %2): every state unknown</source>
        <translation>خارج نطاق البيانات (%1 إلى %2): كل الحالات غير معروفة</translation>
    </message>
    <message>
        <source>Dashed rings: changed since %1 · %2</source>
        <translation>الحلقات المتقطعة: ما تغيّر منذ %1 · %2</translation>
    </message>
    <message>
        <source>Who held each side, and each crossing&apos;s status · %1</source>
        <translation>من سيطر على كل جانب، وحالة كل معبر · %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>pages 2–%1</source>
        <translation>الصفحات ٢–%1</translation>
    </message>
    <message>
        <source>page 2</source>
        <translation>الصفحة ٢</translation>
    </message>
    <message>
        <source>No source covers the states shown.</source>
        <translation>لا يغطي أي مصدر الحالات المعروضة.</translation>
    </message>
    <message>
        <source>The %1 sources behind the states shown are numbered on %2.</source>
        <translation>المصادر التي تستند إليها الحالات المعروضة (%1) مرقّمة في %2.</translation>
    </message>
    <message>
        <source>dashed rings: changed since %1</source>
        <translation>الحلقات المتقطعة: ما تغيّر منذ %1</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>خريطة الموقع</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>المصادر: %1</translation>
    </message>
    <message>
        <source>Behind each crossing&apos;s and sector&apos;s state and the dated areas on %1</source>
        <translation>ما تستند إليه حالة كل معبر وقطاع والمناطق المؤرخة في %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <source>Frontier Atlas</source>
        <translation>أطلس الحدود</translation>
    </message>
</context>
<context>
    <name>ScrollingDock</name>
    <message>
        <source>The %1 panel; it scrolls when the window is small</source>
        <translation>لوحة %1؛ تُمرَّر عندما تكون النافذة صغيرة</translation>
    </message>
</context>
<context>
    <name>SettingsFormat</name>
    <message>
        <source>%1: cannot save the settings: is a folder</source>
        <translation>%1: تعذّر حفظ الإعدادات: هذا مجلد</translation>
    </message>
    <message>
        <source>%1: cannot save the settings: the folder is not writable or the disk is full</source>
        <translation>%1: تعذّر حفظ الإعدادات: المجلد غير قابل للكتابة أو القرص ممتلئ</translation>
    </message>
</context>
<context>
    <name>SwimlaneTip</name>
    <message>
        <source>Click to collapse or expand</source>
        <translation>انقر للطي أو التوسيع</translation>
    </message>
    <message>
        <source>
no source covers this period</source>
        <translation>
لا يغطي أي مصدر هذه المدة</translation>
    </message>
    <message>
        <source>
approximate date</source>
        <translation>
تاريخ تقريبي</translation>
    </message>
    <message>
        <source>
disputed</source>
        <translation>
متنازع عليه</translation>
    </message>
</context>
<context>
    <name>WindowSession</name>
    <message>
        <source>ignored the saved %1 (%2)</source>
        <translation>أُهمل %1 المحفوظ (%2)</translation>
    </message>
</context>
<context>
    <name>frontier::AboutDialog</name>
    <message>
        <source>About Frontier Atlas</source>
        <translation>عن أطلس الحدود</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Frontier Atlas %1&lt;/h3&gt;&lt;p&gt;Crossings of the Iraq–Syria frontier and who held them, 2012–2025, traced to dated, sourced events.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dataset:&lt;/b&gt; %2&lt;br&gt;%3&lt;br&gt;SHA-256 &lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bundled data licences&lt;/b&gt;&lt;br&gt;Natural Earth 1:10m cultural vectors v4.1.0 (countries, governorates): public domain&lt;br&gt;GSHHG 2.3.7 WDBII borders and rivers (frontier, rivers): LGPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;أطلس الحدود %1&lt;/h3&gt;&lt;p&gt;معابر الحدود العراقية السورية ومن سيطر عليها، 2012–2025، مع إسناد كل حالة إلى أحداث مؤرخة وموثقة بمصادرها.&lt;/p&gt;&lt;p&gt;&lt;b&gt;مجموعة البيانات:&lt;/b&gt; %2&lt;br&gt;%3&lt;br&gt;SHA-256 &lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;تراخيص البيانات المرفقة&lt;/b&gt;&lt;br&gt;Natural Earth 1:10m cultural vectors v4.1.0 (الدول، المحافظات): ملكية عامة&lt;br&gt;GSHHG 2.3.7 WDBII borders and rivers (الحدود، الأنهار): LGPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>frontier::BookmarksController</name>
    <message>
        <source>&amp;Delete bookmark</source>
        <translation>&amp;حذف الإشارة المرجعية</translation>
    </message>
    <message>
        <source>bookmark “%1”: its CRS is not known any more</source>
        <translation>الإشارة المرجعية «%1»: نظام إحداثياتها لم يعد معروفًا</translation>
    </message>
    <message>
        <source>Remove all bookmarks</source>
        <translation>إزالة كل الإشارات المرجعية</translation>
    </message>
    <message>
        <source>Remove all %1 bookmarks? This cannot be undone.</source>
        <translation>إزالة كل الإشارات المرجعية (%1)؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Add bookmark</source>
        <translation>إضافة إشارة مرجعية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>&amp;Add bookmark…</source>
        <translation>&amp;إضافة إشارة مرجعية…</translation>
    </message>
    <message>
        <source>&amp;Remove all…</source>
        <translation>إزالة ال&amp;كل…</translation>
    </message>
    <message>
        <source>; the bookmarks were not kept</source>
        <translation>؛ لم تُحفظ الإشارات المرجعية</translation>
    </message>
    <message>
        <source>bookmark “%1”: these layers are not open: %2</source>
        <translation>الإشارة المرجعية «%1»: هذه الطبقات غير مفتوحة: %2</translation>
    </message>
</context>
<context>
    <name>frontier::CatalogDialog</name>
    <message>
        <source>Actors</source>
        <translation>الجهات الفاعلة</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;المعرّف:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;الاسم المختصر:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>&amp;Part of (actor id):</source>
        <translation>&amp;جزء من (معرّف الجهة):</translation>
    </message>
    <message>
        <source>&amp;Colour (#rrggbb):</source>
        <translation>&amp;اللون (#rrggbb):</translation>
    </message>
    <message>
        <source>English &amp;aliases (; between):</source>
        <translation>&amp;الأسماء البديلة بالإنجليزية (بينها ;):</translation>
    </message>
    <message>
        <source>A&amp;rabic aliases:</source>
        <translation>&amp;الأسماء البديلة بالعربية:</translation>
    </message>
    <message>
        <source>K&amp;urdish aliases:</source>
        <translation>&amp;الأسماء البديلة بالكردية:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;الوسيلة:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>&amp;Date published:</source>
        <translation>&amp;تاريخ النشر:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;الرابط:</translation>
    </message>
    <message>
        <source>&amp;Citation:</source>
        <translation>&amp;الاستشهاد:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>Actor to edit</source>
        <translation>الجهة الفاعلة المراد تعديلها</translation>
    </message>
    <message>
        <source>Source to edit</source>
        <translation>المصدر المراد تعديله</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>جهة فاعلة جديدة</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>مصدر جديد</translation>
    </message>
    <message>
        <source>&amp;Edit:</source>
        <translation>&amp;تعديل:</translation>
    </message>
</context>
<context>
    <name>frontier::ChangeListener</name>
    <message>
        <source>the server closed it</source>
        <translation>أغلقه الخادم</translation>
    </message>
    <message>
        <source>%1: the connection that hears colleagues&apos; changes broke (%2); connecting again</source>
        <translation>%1: انقطع الاتصال الذي تُسمع به تغييرات الزملاء (%2)؛ جارٍ الاتصال من جديد</translation>
    </message>
</context>
<context>
    <name>frontier::ChangesPanel</name>
    <message>
        <source>No source covers the later date.</source>
        <translation>لا يغطي أي مصدر التاريخ اللاحق.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>المقارنة مع</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>إيقاف المقارنة</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>What changed between the compare date and the map&apos;s date; Enter selects the feature</source>
        <translation>ما تغيّر بين تاريخ المقارنة وتاريخ الخريطة؛ يحدد Enter العنصر</translation>
    </message>
    <message>
        <source>Type a date to list what changed between it and the map&apos;s date; the map marks the same changes with dashed rings.</source>
        <translation>اكتب تاريخًا لعرض ما تغيّر بينه وبين تاريخ الخريطة؛ وتُعلِّم الخريطة التغييرات نفسها بحلقات متقطعة.</translation>
    </message>
    <message>
        <source>%1 change(s) from %2 to %3</source>
        <translation>عدد التغييرات من %2 إلى %3: %1</translation>
    </message>
</context>
<context>
    <name>frontier::ConflictDialog</name>
    <message>
        <source>Conflict: %1</source>
        <translation>تعارض: %1</translation>
    </message>
    <message>
        <source>Someone else saved &lt;b&gt;%1&lt;/b&gt; (now revision %2) since you began editing it. Nothing has been overwritten: choose what to keep.</source>
        <translation>حفظ شخص آخر &lt;b&gt;%1&lt;/b&gt; (المراجعة الآن %2) منذ أن بدأت تعديله. لم يُكتب شيء فوق شيء: اختر ما تُبقي عليه.</translation>
    </message>
    <message>
        <source>Someone else deleted &lt;b&gt;%1&lt;/b&gt; since you began editing it. Nothing has been overwritten: choose what to keep.</source>
        <translation>حذف شخص آخر &lt;b&gt;%1&lt;/b&gt; منذ أن بدأت تعديله. لم يُكتب شيء فوق شيء: اختر ما تُبقي عليه.</translation>
    </message>
    <message>
        <source>Your version and the server&apos;s, field by field</source>
        <translation>نسختك ونسخة الخادم، حقلاً حقلاً</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>نسختك</translation>
    </message>
    <message>
        <source>Server&apos;s</source>
        <translation>نسخة الخادم</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ, marked ≠.</source>
        <translation>
            <numerusform>لا يختلف أي حقل.</numerusform>
            <numerusform>يختلف حقل واحد، وعليه العلامة ≠.</numerusform>
            <numerusform>يختلف حقلان، وعليهما العلامة ≠.</numerusform>
            <numerusform>تختلف %n حقول، وعليها العلامة ≠.</numerusform>
            <numerusform>يختلف %n حقلاً، وعليها العلامة ≠.</numerusform>
            <numerusform>يختلف %n حقل، وعليها العلامة ≠.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep &amp;theirs (drop mine)</source>
        <translation>&amp;إبقاء نسختهم (وإسقاط نسختي)</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>&amp;الكتابة فوقها بنسختي</translation>
    </message>
    <message>
        <source>&amp;Edit a merge…</source>
        <translation>&amp;تحرير دمج…</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>&amp;القرار لاحقاً</translation>
    </message>
</context>
<context>
    <name>frontier::CrsDialog</name>
    <message>
        <source>projected</source>
        <translation>مُسقَط</translation>
    </message>
    <message>
        <source>geographic</source>
        <translation>جغرافي</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Choose projection</source>
        <translation>اختيار الإسقاط</translation>
    </message>
    <message>
        <source>Filter by name or code, e.g. UTM zone 38N or 32638</source>
        <translation>تصفية بالاسم أو الرمز، مثل UTM zone 38N أو 32638</translation>
    </message>
</context>
<context>
    <name>frontier::DatasetController</name>
    <message>
        <source>The current dataset stays open.</source>
        <translation>تبقى مجموعة البيانات الحالية مفتوحة.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>فُتحت %1</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>فتح ما استُخدم &amp;مؤخرًا</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation> (مفقودة)</translation>
    </message>
    <message>
        <source>No datasets opened yet</source>
        <translation>لم تُفتح أي مجموعة بيانات بعد</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;مسح القائمة</translation>
    </message>
    <message>
        <source>Open dataset folder</source>
        <translation>فتح مجلد مجموعة البيانات</translation>
    </message>
    <message>
        <source>Dataset not opened</source>
        <translation>لم تُفتح مجموعة البيانات</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was not opened: %2 problem(s). %3</source>
        <translation>لم تُفتح &lt;b&gt;%1&lt;/b&gt;: عدد المشكلات %2. %3</translation>
    </message>
</context>
<context>
    <name>frontier::DatasetSource</name>
    <message>
        <source>no temporary folder to read the database&apos;s files in: </source>
        <translation>لا يوجد مجلد مؤقت لقراءة ملفات قاعدة البيانات فيه: </translation>
    </message>
</context>
<context>
    <name>frontier::DatasetStore</name>
    <message>
        <source>: push</source>
        <translation>: الدفع</translation>
    </message>
    <message>
        <source>: pull</source>
        <translation>: السحب</translation>
    </message>
    <message>
        <source>: saving %1</source>
        <translation>: حفظ %1</translation>
    </message>
    <message>
        <source>%1 was changed by someone else (revision %2, edited from %3)</source>
        <translation>غيّر شخص آخر %1 (المراجعة %2، والتعديل من %3)</translation>
    </message>
    <message>
        <source>: history of %1</source>
        <translation>: سجل %1</translation>
    </message>
    <message>
        <source>: reading the changes</source>
        <translation>: قراءة التغييرات</translation>
    </message>
</context>
<context>
    <name>frontier::DateField</name>
    <message>
        <source>The date shown. Type 2016, 2016-06 or 2016-06-01 and press Enter (%1 to %2).</source>
        <translation>التاريخ المعروض. اكتب 2016 أو 2016-06 أو 2016-06-01 واضغط Enter (%1 إلى %2).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>اختيار التاريخ من التقويم</translation>
    </message>
    <message>
        <source>“%1” is not a date: type 2016, 2016-06 or 2016-06-01</source>
        <translation>«%1» ليس تاريخًا: اكتب 2016 أو 2016-06 أو 2016-06-01</translation>
    </message>
    <message>
        <source>%1 is outside the timeline (%2 to %3)</source>
        <translation>%1 خارج الخط الزمني (%2 إلى %3)</translation>
    </message>
</context>
<context>
    <name>frontier::DbConnection</name>
    <message>
        <source>: the server cannot be reached: </source>
        <translation>: لا يمكن الوصول إلى الخادم: </translation>
    </message>
    <message>
        <source>: the connection broke while committing</source>
        <translation>: انقطع الاتصال أثناء الإيداع</translation>
    </message>
</context>
<context>
    <name>frontier::EditController</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>&amp;حفظ باسم…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>&amp;Add event…</source>
        <translation>&amp;إضافة حدث…</translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation>&amp;تعديل الحدث…</translation>
    </message>
    <message>
        <source>&amp;Retire event</source>
        <translation>&amp;سحب الحدث</translation>
    </message>
    <message>
        <source>A&amp;ctors…</source>
        <translation>&amp;الجهات الفاعلة…</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation>&amp;المصادر…</translation>
    </message>
    <message>
        <source>Select an event in the history of a crossing or sector first.</source>
        <translation>اختر أولاً حدثاً في سجل معبر أو قطاع.</translation>
    </message>
    <message>
        <source>Add event %1</source>
        <translation>إضافة الحدث %1</translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation>تعديل الحدث %1</translation>
    </message>
    <message>
        <source>Retire event %1</source>
        <translation>سحب الحدث %1</translation>
    </message>
    <message>
        <source>Add actor %1</source>
        <translation>إضافة الجهة الفاعلة %1</translation>
    </message>
    <message>
        <source>Edit actor %1</source>
        <translation>تعديل الجهة الفاعلة %1</translation>
    </message>
    <message>
        <source>Add source %1</source>
        <translation>إضافة المصدر %1</translation>
    </message>
    <message>
        <source>Edit source %1</source>
        <translation>تعديل المصدر %1</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <source>The dataset has edits that are not saved. Save them first?</source>
        <translation>في مجموعة البيانات تعديلات غير محفوظة. هل تحفظها أولاً؟</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>The bundled dataset is not changed: choose a folder to save your edited copy of it in.</source>
        <translation>لا تُغيَّر مجموعة البيانات المرفقة: اختر مجلداً تحفظ فيه نسختك المعدَّلة منها.</translation>
    </message>
    <message>
        <source>Save the dataset in</source>
        <translation>حفظ مجموعة البيانات في</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>%1
Your edits are kept: nothing was changed on disk.</source>
        <translation>%1
تعديلاتك باقية: لم يتغير شيء على القرص.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>حُفظ في %1</translation>
    </message>
    <message>
        <source>Event &amp;history…</source>
        <translation>&amp;سجل تغييرات الحدث…</translation>
    </message>
</context>
<context>
    <name>frontier::EditJournal</name>
    <message>
        <source>%1: cannot remove the journal</source>
        <translation>%1: لا يمكن حذف السجل المحلي</translation>
    </message>
</context>
<context>
    <name>frontier::EditSender</name>
    <message>
        <source>; and it could not be kept: </source>
        <translation>؛ وتعذّر الاحتفاظ به: </translation>
    </message>
    <message>
        <source>; the edit is kept in %1 and will be sent again</source>
        <translation>؛ التعديل محفوظ في %1 وسيُرسل مرة أخرى</translation>
    </message>
</context>
<context>
    <name>frontier::EventDialog</name>
    <message>
        <source>known to the day</source>
        <translation>معروف باليوم</translation>
    </message>
    <message>
        <source>known to the month</source>
        <translation>معروف بالشهر</translation>
    </message>
    <message>
        <source>known to the year</source>
        <translation>معروف بالسنة</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>إضافة حدث</translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation>تعديل الحدث %1</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY أو YYYY-MM أو YYYY-MM-DD</translation>
    </message>
    <message>
        <source>optional: the last day it is known to hold</source>
        <translation>اختياري: آخر يوم يُعرف أنه قائم فيه</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Crossing: %1</source>
        <translation>معبر: %1</translation>
    </message>
    <message>
        <source>Sector: %1</source>
        <translation>قطاع: %1</translation>
    </message>
    <message>
        <source>&amp;New source…</source>
        <translation>&amp;مصدر جديد…</translation>
    </message>
    <message>
        <source>JSON: [{&quot;field&quot;: &quot;actor&quot;, &quot;value&quot;: &quot;…&quot;, &quot;sources&quot;: [&quot;…&quot;], &quot;note&quot;: &quot;…&quot;}]</source>
        <translation>JSON: [{&quot;field&quot;: &quot;actor&quot;, &quot;value&quot;: &quot;…&quot;, &quot;sources&quot;: [&quot;…&quot;], &quot;note&quot;: &quot;…&quot;}]</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;المعرّف:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;التاريخ:</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>&amp;النهاية:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>&amp;Crossing or sector:</source>
        <translation>&amp;المعبر أو القطاع:</translation>
    </message>
    <message>
        <source>Si&amp;de:</source>
        <translation>&amp;الجانب:</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;الجهة الفاعلة:</translation>
    </message>
    <message>
        <source>Co-&amp;holders:</source>
        <translation>&amp;الشركاء في السيطرة:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;الحالة:</translation>
    </message>
    <message>
        <source>&amp;Restriction:</source>
        <translation>&amp;القيد:</translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation>&amp;الثقة:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;الملخص:</translation>
    </message>
    <message>
        <source>S&amp;ources:</source>
        <translation>&amp;المصادر:</translation>
    </message>
    <message>
        <source>C&amp;laims:</source>
        <translation>&amp;الروايات المخالفة:</translation>
    </message>
    <message>
        <source>expected an array of claims</source>
        <translation>المتوقع مصفوفة من الروايات</translation>
    </message>
</context>
<context>
    <name>frontier::ExportController</name>
    <message>
        <source>Wrote %1</source>
        <translation>كُتب %1</translation>
    </message>
    <message>
        <source>Cancelled: %1 not written</source>
        <translation>أُلغي: لم يُكتب %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 frames)</source>
        <translation>كُتب %1 (عدد الإطارات: %2)</translation>
    </message>
    <message>
        <source>Wrote %1 frame(s) to %2</source>
        <translation>عدد الإطارات المكتوبة في %2: %1</translation>
    </message>
    <message>
        <source>Encoding the video…</source>
        <translation>ترميز الفيديو…</translation>
    </message>
    <message>
        <source>Writing frames…</source>
        <translation>كتابة الإطارات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Wrote the state on %1 to %2</source>
        <translation>كُتبت الحالة في %1 إلى %2</translation>
    </message>
    <message>
        <source>Wrote %1 events to %2</source>
        <translation>كُتب %1 حدثًا إلى %2</translation>
    </message>
    <message>
        <source>Export the state table</source>
        <translation>تصدير جدول الحالة</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the event list</source>
        <translation>تصدير قائمة الأحداث</translation>
    </message>
</context>
<context>
    <name>frontier::FeaturePanel</name>
    <message>
        <source>approximate</source>
        <translation>تقريبي</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>متنازع عليه</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> منذ %1</translation>
    </message>
    <message>
        <source>Disputed by:</source>
        <translation>تنازع فيه:</translation>
    </message>
    <message>
        <source>Selected crossing or sector</source>
        <translation>المعبر أو القطاع المحدد</translation>
    </message>
    <message>
        <source>Its names, its state at the map&apos;s date, what is disputed, and sources</source>
        <translation>أسماؤه، وحالته في تاريخ الخريطة، وما هو متنازع عليه، والمصادر</translation>
    </message>
    <message>
        <source>History of the crossing or sector</source>
        <translation>سجل المعبر أو القطاع</translation>
    </message>
    <message>
        <source>The events that changed it; Enter or a click goes to the event&apos;s date</source>
        <translation>الأحداث التي غيّرته؛ ينتقل Enter أو النقر إلى تاريخ الحدث</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; — click a row to go to its date</source>
        <translation>&lt;b&gt;السجل&lt;/b&gt; — انقر صفًا للانتقال إلى تاريخه</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;no source covers this date&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;لا يغطي أي مصدر هذا التاريخ&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a crossing or the frontier line on the map, or a row in the swimlane, or find one with Ctrl+F.&lt;/p&gt;</source>
        <translation>&lt;p&gt;انقر معبرًا أو خط الحدود على الخريطة، أو صفًا في مخطط المسارات، أو ابحث عنه بـ Ctrl+F.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> along the frontier&lt;br&gt;</source>
        <translation> على طول الحدود&lt;br&gt;</translation>
    </message>
    <message>
        <source>%1: %2 governorate&lt;br&gt;</source>
        <translation>%1: محافظة %2&lt;br&gt;</translation>
    </message>
    <message>
        <source>, unofficial</source>
        <translation>، غير رسمي</translation>
    </message>
    <message>
        <source>&lt;h4 style=&quot;margin-bottom:2px&quot;&gt;On %1&lt;/h4&gt;</source>
        <translation>&lt;h4 style=&quot;margin-bottom:2px&quot;&gt;في %1&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Status:&lt;/b&gt; %1%2%3</source>
        <translation>&lt;p&gt;&lt;b&gt;الحالة:&lt;/b&gt; %1%2%3</translation>
    </message>
    <message>
        <source>
Sources: </source>
        <translation>
المصادر: </translation>
    </message>
    <message>
        <source>
Disputed: </source>
        <translation>
متنازع عليه: </translation>
    </message>
</context>
<context>
    <name>frontier::FirstRunTip</name>
    <message>
        <source>Reading the map</source>
        <translation>قراءة الخريطة</translation>
    </message>
    <message>
        <source>A crossing&apos;s disc</source>
        <translation>قرص المعبر</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Each crossing is a disc.&lt;/b&gt; Its &lt;b&gt;west half&lt;/b&gt; is the Syrian side and its &lt;b&gt;east half&lt;/b&gt; the Iraqi side, each in the colour of who held it on the map&apos;s date; hatched where no source covers it. A small dot on the rim is a force alongside (here the PMF with Iraq).&lt;/p&gt;&lt;p&gt;The &lt;b&gt;ring&lt;/b&gt; is the crossing&apos;s status: solid open, dashed restricted, barred closed, dotted unknown. &lt;b&gt;~&lt;/b&gt; marks a date known only to the month or year, &lt;b&gt;?&lt;/b&gt; sources that disagree: click the crossing to read both claims.&lt;/p&gt;&lt;p&gt;The bands along the border line show who held each stretch, Syrian side west, Iraqi side east.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The swimlane&lt;/b&gt; under the map shows the same over 2012–2025: a row per side of each crossing and sector, and a status row; the red line is the map&apos;s date. Click a row to select it, drag the slider or press Left/Right to move the date.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;كل معبر قرص.&lt;/b&gt; &lt;b&gt;نصفه الغربي&lt;/b&gt; هو الجانب السوري و&lt;b&gt;نصفه الشرقي&lt;/b&gt; الجانب العراقي، وكلٌّ منهما بلون من سيطر عليه في تاريخ الخريطة؛ ويكون مظللًا حيث لا يغطيه أي مصدر. والنقطة الصغيرة على حافته قوة إلى جانب المسيطر (هنا الحشد الشعبي مع العراق).&lt;/p&gt;&lt;p&gt;&lt;b&gt;الحلقة&lt;/b&gt; هي حالة المعبر: متصلة مفتوح، متقطعة مقيد، بحاجز مغلق، منقطة غير معروف. تُعلِّم &lt;b&gt;~&lt;/b&gt; تاريخًا معروفًا بالشهر أو السنة فقط، و&lt;b&gt;?&lt;/b&gt; مصادر مختلفة: انقر المعبر لقراءة الروايتين.&lt;/p&gt;&lt;p&gt;تُظهر الأشرطة على طول خط الحدود من سيطر على كل جزء منه، الجانب السوري غربًا والعراقي شرقًا.&lt;/p&gt;&lt;p&gt;يُظهر &lt;b&gt;مخطط المسارات&lt;/b&gt; تحت الخريطة الأمر نفسه على مدى 2012–2025: صف لكل جانب من كل معبر وقطاع، وصف للحالة؛ والخط الأحمر هو تاريخ الخريطة. انقر صفًا لتحديده، واسحب المنزلق أو اضغط اليسار/اليمين لتغيير التاريخ.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>frontier::FolderTransfer</name>
    <message>
        <source>%1: cannot make the folder</source>
        <translation>%1: لا يمكن إنشاء المجلد</translation>
    </message>
</context>
<context>
    <name>frontier::FramesDialog</name>
    <message>
        <source>Hold frames where something changed (1 s)</source>
        <translation>إطالة الإطارات التي تغيّر فيها شيء (ثانية واحدة)</translation>
    </message>
    <message>
        <source>Export frames</source>
        <translation>تصدير الإطارات</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>كل يوم</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>كل شهر</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>كل سنة</translation>
    </message>
    <message>
        <source>PNG frames</source>
        <translation>إطارات PNG</translation>
    </message>
    <message>
        <source>JPEG frames</source>
        <translation>إطارات JPEG</translation>
    </message>
    <message>
        <source>TIFF frames</source>
        <translation>إطارات TIFF</translation>
    </message>
    <message>
        <source>MP4 video (H.264)</source>
        <translation>فيديو MP4 (H.264)</translation>
    </message>
    <message>
        <source>WebM video (VP9)</source>
        <translation>فيديو WebM (VP9)</translation>
    </message>
    <message>
        <source>GIF animation</source>
        <translation>رسم متحرك GIF</translation>
    </message>
    <message>
        <source> frames a second</source>
        <translation> إطار في الثانية</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Size (px)</source>
        <translation>الحجم (بكسل)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>ملف الفيديو</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>معدل الإطارات</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>مجلد الإخراج</translation>
    </message>
</context>
<context>
    <name>frontier::GoToDialog</name>
    <message>
        <source>Go to coordinate</source>
        <translation>الانتقال إلى إحداثي</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>Decimal degrees, degrees-minutes-seconds or MGRS:</source>
        <translation>درجات عشرية، أو درجات ودقائق وثوانٍ، أو MGRS:</translation>
    </message>
    <message>
        <source>Type a coordinate.</source>
        <translation>اكتب إحداثيًا.</translation>
    </message>
</context>
<context>
    <name>frontier::HighContrast</name>
    <message>
        <source>&amp;High contrast</source>
        <translation>تباين &amp;عالٍ</translation>
    </message>
    <message>
        <source>Black text on white, black outlines, wider lines and larger symbols, on the map and in the panels</source>
        <translation>نص أسود على أبيض، وحدود سوداء، وخطوط أعرض، ورموز أكبر، على الخريطة وفي اللوحات</translation>
    </message>
</context>
<context>
    <name>frontier::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>سجل تغييرات %1</translation>
    </message>
    <message>
        <source>Changes to %1, the oldest first</source>
        <translation>التغييرات على %1، الأقدم أولاً</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>متى (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>القديم</translation>
    </message>
    <message>
        <source>New</source>
        <translation>الجديد</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>(أُنشئ)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(حُذف)</translation>
    </message>
    <message>
        <source>Event history</source>
        <translation>سجل تغييرات الحدث</translation>
    </message>
    <message>
        <source>The history of changes needs a server: this dataset is a folder. Open a shared dataset (a PostgreSQL database) to see who changed an event, when, and what.</source>
        <translation>سجل التغييرات يحتاج إلى خادم: مجموعة البيانات هذه مجلد. افتح مجموعة بيانات مشتركة (قاعدة بيانات PostgreSQL) لترى من غيّر حدثاً، ومتى، وماذا غيّر.</translation>
    </message>
    <message>
        <source>Select an event in the history of a crossing or sector first.</source>
        <translation>اختر أولاً حدثاً في سجل معبر أو قطاع.</translation>
    </message>
    <message>
        <source>The history of %1 cannot be read: %2</source>
        <translation>لا يمكن قراءة سجل تغييرات %1: %2</translation>
    </message>
</context>
<context>
    <name>frontier::LayerChoiceDialog</name>
    <message>
        <source>Add layers</source>
        <translation>إضافة طبقات</translation>
    </message>
    <message>
        <source>%1 (raster)</source>
        <translation>%1 (نقطية)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>أضف</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <source>%1 holds several layers. Add:</source>
        <translation>يحوي %1 عدة طبقات. أضف:</translation>
    </message>
</context>
<context>
    <name>frontier::LayersPanel</name>
    <message>
        <source>Layers</source>
        <translation>الطبقات</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>الدول</translation>
    </message>
    <message>
        <source>Governorates</source>
        <translation>المحافظات</translation>
    </message>
    <message>
        <source>Rivers</source>
        <translation>الأنهار</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>الحدود</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Crossings</source>
        <translation>المعابر</translation>
    </message>
    <message>
        <source>Sector control</source>
        <translation>السيطرة على القطاعات</translation>
    </message>
    <message>
        <source>Dated areas</source>
        <translation>المناطق المؤرخة</translation>
    </message>
    <message>
        <source>Show or hide the %1 on the map</source>
        <translation>إظهار «%1» على الخريطة أو إخفاؤها</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>على الخريطة</translation>
    </message>
    <message>
        <source>Title and date</source>
        <translation>العنوان والتاريخ</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>وسيلة الإيضاح</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>مقياس الرسم</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>سهم الشمال</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>نسبة المصادر</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التسميات</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>العربية</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>كلتاهما</translation>
    </message>
    <message>
        <source>Kurdî</source>
        <translation>Kurdî</translation>
    </message>
    <message>
        <source>Label the map in English and Arabic</source>
        <translation>تسمية الخريطة بالإنجليزية والعربية</translation>
    </message>
    <message>
        <source>Kurmanji names where the sources give them (Til Koçer, Sêmalka, Pêşxabûr), English elsewhere</source>
        <translation>الأسماء الكرمانجية حيث تذكرها المصادر (Til Koçer وSêmalka وPêşxabûr)، والإنجليزية في غيرها</translation>
    </message>
    <message>
        <source>Label the map in %1</source>
        <translation>تسمية الخريطة بـ%1</translation>
    </message>
    <message>
        <source>Map CRS</source>
        <translation>نظام إحداثيات الخريطة</translation>
    </message>
    <message>
        <source>EPSG code, e.g. 32637, or &quot;default&quot;</source>
        <translation>رمز EPSG، مثل 32637، أو &quot;default&quot;</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Draw the map in the CRS typed beside</source>
        <translation>رسم الخريطة بنظام الإحداثيات المكتوب بجانبه</translation>
    </message>
    <message>
        <source>Now: </source>
        <translation>الحالي: </translation>
    </message>
    <message>
        <source>Your layers</source>
        <translation>طبقاتك</translation>
    </message>
</context>
<context>
    <name>frontier::LayoutDialog</name>
    <message>
        <source>Print layout</source>
        <translation>تخطيط الطباعة</translation>
    </message>
    <message>
        <source>Iraq–Syria frontier</source>
        <translation>الحدود العراقية السورية</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> نقطة/بوصة</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>تصدير &amp;PDF…</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>تصدير P&amp;NG…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;العنوان</translation>
    </message>
    <message>
        <source>&amp;Subtitle</source>
        <translation>العنوان ال&amp;فرعي</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>&amp;التعليق</translation>
    </message>
    <message>
        <source>P&amp;age</source>
        <translation>ال&amp;صفحة</translation>
    </message>
    <message>
        <source>PNG &amp;resolution</source>
        <translation>&amp;دقة PNG</translation>
    </message>
    <message>
        <source>Export the layout</source>
        <translation>تصدير التخطيط</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>frontier::MainWindow</name>
    <message>
        <source>Selection</source>
        <translation>التحديد</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>الطبقات</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>“%1” is not a CRS PROJ knows: %2</source>
        <translation>«%1» ليس نظام إحداثيات تعرفه PROJ: %2</translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation>لم تُحفظ الجلسة</translation>
    </message>
    <message>
        <source>. The window closes without keeping its session.</source>
        <translation>. تُغلق النافذة دون حفظ جلستها.</translation>
    </message>
    <message>
        <source>%1 (%2)[*] — Frontier Atlas</source>
        <translation>%1 (%2)[*] — أطلس الحدود</translation>
    </message>
</context>
<context>
    <name>frontier::MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>Map at the compare date</source>
        <translation>الخريطة في تاريخ المقارنة</translation>
    </message>
    <message>
        <source>Choose the date to compare with in the Changes dock (Since).</source>
        <translation>اختر تاريخ المقارنة في لوحة التغييرات (منذ).</translation>
    </message>
</context>
<context>
    <name>frontier::MapContextMenu</name>
    <message>
        <source>Copy coordinate (decimal)</source>
        <translation>نسخ الإحداثي (عشري)</translation>
    </message>
    <message>
        <source>Copy coordinate (DMS)</source>
        <translation>نسخ الإحداثي (درجات ودقائق وثوانٍ)</translation>
    </message>
    <message>
        <source>Copy coordinate (MGRS)</source>
        <translation>نسخ الإحداثي (MGRS)</translation>
    </message>
    <message>
        <source>Centre map here</source>
        <translation>توسيط الخريطة هنا</translation>
    </message>
</context>
<context>
    <name>frontier::MapToolsController</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>&amp;تقدم</translation>
    </message>
    <message>
        <source>Back to the previous view and date (Alt+Left)</source>
        <translation>الرجوع إلى العرض والتاريخ السابقين (Alt+يسار)</translation>
    </message>
    <message>
        <source>Forward to the next view and date (Alt+Right)</source>
        <translation>التقدم إلى العرض والتاريخ التاليين (Alt+يمين)</translation>
    </message>
    <message>
        <source>&amp;Go to coordinate…</source>
        <translation>&amp;الانتقال إلى إحداثي…</translation>
    </message>
    <message>
        <source>Centre the map on a coordinate typed as decimal degrees, DMS or MGRS (Ctrl+G)</source>
        <translation>توسيط الخريطة على إحداثي مكتوب بالدرجات العشرية أو الدرجات والدقائق والثواني أو MGRS (Ctrl+G)</translation>
    </message>
    <message>
        <source>Choose &amp;projection…</source>
        <translation>اختيار الإ&amp;سقاط…</translation>
    </message>
    <message>
        <source>Choose the map&apos;s projection by name or EPSG code (Ctrl+Shift+P)</source>
        <translation>اختيار إسقاط الخريطة بالاسم أو برمز EPSG (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Copy map</source>
        <translation>&amp;نسخ الخريطة</translation>
    </message>
    <message>
        <source>Copy the map as shown to the clipboard (Ctrl+C)</source>
        <translation>نسخ الخريطة كما تظهر إلى الحافظة (Ctrl+C)</translation>
    </message>
    <message>
        <source>that point cannot be shown in this projection</source>
        <translation>لا يمكن عرض تلك النقطة في هذا الإسقاط</translation>
    </message>
    <message>
        <source>Copied the map of %1 to the clipboard</source>
        <translation>نُسخت خريطة %1 إلى الحافظة</translation>
    </message>
</context>
<context>
    <name>frontier::MeasureTool</name>
    <message>
        <source>%1 km (%2 nmi)</source>
        <translation>%1 كم (%2 ميل بحري)</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;قياس</translation>
    </message>
    <message>
        <source>Measure geodesic distances, azimuths and areas: click points on the map (M)</source>
        <translation>قياس المسافات الجيوديسية والسموت والمساحات: انقر نقاطًا على الخريطة (M)</translation>
    </message>
    <message>
        <source>Click points on the map to measure</source>
        <translation>انقر نقاطًا على الخريطة للقياس</translation>
    </message>
    <message>
        <source>Perimeter %1</source>
        <translation>المحيط %1</translation>
    </message>
    <message>
        <source>Distance %1</source>
        <translation>المسافة %1</translation>
    </message>
    <message>
        <source>%1. %2, azimuth %3°</source>
        <translation>%1. %2، السمت %3°</translation>
    </message>
    <message>
        <source>Area %1 km²</source>
        <translation>المساحة %1 كم²</translation>
    </message>
    <message>
        <source>Along the frontier: km %1 to km %2, %3 km</source>
        <translation>على طول الحدود: من الكيلومتر %1 إلى الكيلومتر %2، %3 كم</translation>
    </message>
    <message>
        <source>(%1 earlier segments)</source>
        <translation>(المقاطع السابقة: %1)</translation>
    </message>
</context>
<context>
    <name>frontier::Migrations</name>
    <message>
        <source>%1: the database&apos;s schema is version %2, newer than this program&apos;s %3: use a newer Frontier Atlas</source>
        <translation>%1: مخطط قاعدة البيانات بالإصدار %2، وهو أحدث من إصدار هذا البرنامج %3: استخدم إصداراً أحدث من أطلس الحدود</translation>
    </message>
    <message>
        <source>%1: the database&apos;s schema is version %2, older than this program&apos;s %3: run `frontier-atlas db init --db %1`</source>
        <translation>%1: مخطط قاعدة البيانات بالإصدار %2، وهو أقدم من إصدار هذا البرنامج %3: شغّل `frontier-atlas db init --db %1`</translation>
    </message>
</context>
<context>
    <name>frontier::OverlayIdentify</name>
    <message>
        <source>year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>week</source>
        <translation>الأسبوع</translation>
    </message>
    <message>
        <source>day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>%1 (known to the %2)</source>
        <translation>%1 (معروف حتى %2)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>frontier::OverlayLoader</name>
    <message>
        <source>Add layer</source>
        <translation>إضافة طبقة</translation>
    </message>
    <message>
        <source>The layer was not added: </source>
        <translation>لم تُضف الطبقة: </translation>
    </message>
    <message>
        <source>%1 rows of %2 were left out:
%3</source>
        <translation>استُبعد %1 من %2 صف:
%3</translation>
    </message>
    <message>
        <source>Vector files (*.gpkg *.shp *.geojson *.json *.geojsonl *.geojsons *.kml *.fgb *.csv);;Rasters (*.tif *.tiff *.gpkg *.vrt *.asc *.img *.jp2);;All files (*)</source>
        <translation>ملفات متجهة (*.gpkg *.shp *.geojson *.json *.geojsonl *.geojsons *.kml *.fgb *.csv);;صور نقطية (*.tif *.tiff *.gpkg *.vrt *.asc *.img *.jp2);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Add PostGIS layer</source>
        <translation>إضافة طبقة PostGIS</translation>
    </message>
    <message>
        <source>A table of a PostgreSQL/PostGIS database, as
PG:service=NAME tables=TABLE  or  postgresql://USER@HOST/DB?tables=TABLE
(passwords come from ~/.pgpass or the service file, never from here)</source>
        <translation>جدول من قاعدة بيانات PostgreSQL/PostGIS، بالصيغة
PG:service=NAME tables=TABLE  أو  postgresql://USER@HOST/DB?tables=TABLE
(تأتي كلمات المرور من ‎~/.pgpass أو من ملف الخدمة، ولا تُكتب هنا أبدًا)</translation>
    </message>
    <message>
        <source>“%1” was not reloaded, and keeps the features it had: %2</source>
        <translation>لم يُعَد تحميل «%1»، وتبقى فيها العناصر التي كانت لديها: %2</translation>
    </message>
    <message>
        <source>Reloaded %1 (%2)</source>
        <translation>أُعيد تحميل %1 (%2)</translation>
    </message>
    <message>
        <source>Added %1 (%2)</source>
        <translation>أُضيفت %1 (%2)</translation>
    </message>
    <message>
        <source>The layer %1 of the last session was not opened: %2</source>
        <translation>لم تُفتح الطبقة %1 من الجلسة السابقة: %2</translation>
    </message>
</context>
<context>
    <name>frontier::OverlayPanel</name>
    <message>
        <source>Up</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>أسفل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Zoom to</source>
        <translation>تكبير إليها</translation>
    </message>
    <message>
        <source>Up to the date</source>
        <translation>حتى التاريخ</translation>
    </message>
    <message>
        <source>In the last</source>
        <translation>في آخر</translation>
    </message>
    <message>
        <source>On the day</source>
        <translation>في اليوم نفسه</translation>
    </message>
    <message>
        <source>days</source>
        <translation>أيام</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>أسابيع</translation>
    </message>
    <message>
        <source>months</source>
        <translation>أشهر</translation>
    </message>
    <message>
        <source>Your layers</source>
        <translation>طبقاتك</translation>
    </message>
    <message>
        <source>The layers you added, the top one drawn last; the check box shows or hides one</source>
        <translation>الطبقات التي أضفتها، وتُرسم العليا أخيرًا؛ يُظهر مربع الاختيار الطبقة أو يخفيها</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>العتامة</translation>
    </message>
    <message>
        <source>The selected layer&apos;s opacity, 0 to 100 %</source>
        <translation>عتامة الطبقة المحددة، من 0 إلى 100 %</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Which of a dated layer&apos;s features follow the map&apos;s date</source>
        <translation>أيّ عناصر الطبقة المؤرخة تتبع تاريخ الخريطة</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>How many days, weeks or months back &quot;In the last&quot; reaches</source>
        <translation>كم يومًا أو أسبوعًا أو شهرًا يمتد &quot;في آخر&quot; إلى الوراء</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Days, weeks or months for &quot;In the last&quot;</source>
        <translation>أيام أو أسابيع أو أشهر لـ&quot;في آخر&quot;</translation>
    </message>
    <message>
        <source>Draw the selected layer above the next one</source>
        <translation>رسم الطبقة المحددة فوق التالية</translation>
    </message>
    <message>
        <source>Draw the selected layer below the one before</source>
        <translation>رسم الطبقة المحددة تحت السابقة</translation>
    </message>
    <message>
        <source>Remove the selected layer from the map</source>
        <translation>إزالة الطبقة المحددة من الخريطة</translation>
    </message>
    <message>
        <source>Show the whole of the selected layer</source>
        <translation>عرض الطبقة المحددة كلها</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>عدد العناصر: %1</translation>
    </message>
    <message>
        <source>dated by “%1”</source>
        <translation>مؤرخة بـ«%1»</translation>
    </message>
    <message>
        <source>the file has no CRS: read as WGS84 longitude/latitude</source>
        <translation>لا نظام إحداثيات للملف: قُرئ كخط طول/عرض WGS84</translation>
    </message>
    <message>
        <source>Hillshade</source>
        <translation>تظليل التضاريس</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Shade the selected one-band raster (a DEM) as lit from the north-west</source>
        <translation>ظلِّل الصورة النقطية المحددة ذات النطاق الواحد (نموذج ارتفاع رقمي) كأنها مضاءة من الشمال الغربي</translation>
    </message>
    <message>
        <source>Read the selected layer again from its file or database</source>
        <translation>اقرأ الطبقة المحددة مجددًا من ملفها أو من قاعدة بياناتها</translation>
    </message>
    <message>
        <source>Style…</source>
        <translation>النمط…</translation>
    </message>
    <message>
        <source>Colours, symbol, categories and labels of the selected layer (Ctrl+Shift+Y, or double-click the layer)</source>
        <translation>ألوان الطبقة المحددة ورمزها وفئاتها وتسمياتها (Ctrl+Shift+Y، أو انقر الطبقة نقرًا مزدوجًا)</translation>
    </message>
</context>
<context>
    <name>frontier::SearchBox</name>
    <message>
        <source>Find a crossing, sector, place, area or event (Ctrl+F)</source>
        <translation>البحث عن معبر أو قطاع أو مكان أو منطقة أو حدث (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
</context>
<context>
    <name>frontier::SessionController</name>
    <message>
        <source>the settings file %1 is unreadable and was ignored</source>
        <translation>ملف الإعدادات %1 غير مقروء وقد أُهمل</translation>
    </message>
    <message>
        <source>ignored the saved window geometry</source>
        <translation>أُهمل حجم النافذة وموضعها المحفوظان</translation>
    </message>
    <message>
        <source>ignored the saved window layout</source>
        <translation>أُهمل ترتيب النافذة المحفوظ</translation>
    </message>
    <message>
        <source>ignored the saved %1 (%2)</source>
        <translation>أُهمل %1 المحفوظ (%2)</translation>
    </message>
    <message>
        <source>; the session was not kept</source>
        <translation>؛ لم تُحفظ الجلسة</translation>
    </message>
    <message>
        <source>ignored the saved layers: not a list</source>
        <translation>تم تجاهل الطبقات المحفوظة: ليست قائمة</translation>
    </message>
    <message>
        <source>ignored a saved layer: %1</source>
        <translation>تم تجاهل طبقة محفوظة: %1</translation>
    </message>
</context>
<context>
    <name>frontier::SharedDatasetWatcher</name>
    <message>
        <source>Colleagues&apos; changes will not be shown: %1</source>
        <translation>لن تُعرض تغييرات الزملاء: %1</translation>
    </message>
    <message>
        <source>%1 changed on the server: it is shown once your edits are saved</source>
        <translation>تغيّر %1 على الخادم: سيُعرض بعد حفظ تعديلاتك</translation>
    </message>
    <message>
        <source>A colleague&apos;s change could not be read: %1</source>
        <translation>تعذّرت قراءة تغيير أجراه زميل: %1</translation>
    </message>
    <message>
        <source>Updated from the server: %1 changed</source>
        <translation>حُدّث من الخادم: تغيّر %1</translation>
    </message>
    <message>
        <source>Hearing colleagues&apos; changes again</source>
        <translation>تُسمع تغييرات الزملاء من جديد</translation>
    </message>
    <message>
        <source>the order of the events</source>
        <translation>ترتيب الأحداث</translation>
    </message>
    <message>
        <source>the order of the dated areas</source>
        <translation>ترتيب المناطق المؤرخة</translation>
    </message>
    <message>
        <source>the order of the actors</source>
        <translation>ترتيب الجهات الفاعلة</translation>
    </message>
    <message>
        <source>the order of the sources</source>
        <translation>ترتيب المصادر</translation>
    </message>
    <message>
        <source>the dataset&apos;s files</source>
        <translation>ملفات مجموعة البيانات</translation>
    </message>
</context>
<context>
    <name>frontier::SharedSaver</name>
    <message>
        <source>Cannot edit this dataset</source>
        <translation>لا يمكن تحرير مجموعة البيانات هذه</translation>
    </message>
    <message>
        <source>Its server cannot be read: %1</source>
        <translation>لا يمكن القراءة من خادمها: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server cannot be reached: %n edit(s) kept on this computer and sent again when it is back. You can keep working. (%1)</source>
        <translation>
            <numerusform>لا يمكن الوصول إلى الخادم: لم يُحفظ أي تعديل على هذا الحاسوب. (%1)</numerusform>
            <numerusform>لا يمكن الوصول إلى الخادم: حُفظ تعديل واحد على هذا الحاسوب وسيُرسل مرة أخرى عند عودته. يمكنك مواصلة العمل. (%1)</numerusform>
            <numerusform>لا يمكن الوصول إلى الخادم: حُفظ تعديلان على هذا الحاسوب وسيُرسلان مرة أخرى عند عودته. يمكنك مواصلة العمل. (%1)</numerusform>
            <numerusform>لا يمكن الوصول إلى الخادم: حُفظت %n تعديلات على هذا الحاسوب وستُرسل مرة أخرى عند عودته. يمكنك مواصلة العمل. (%1)</numerusform>
            <numerusform>لا يمكن الوصول إلى الخادم: حُفظ %n تعديلاً على هذا الحاسوب وستُرسل مرة أخرى عند عودته. يمكنك مواصلة العمل. (%1)</numerusform>
            <numerusform>لا يمكن الوصول إلى الخادم: حُفظ %n تعديل على هذا الحاسوب وستُرسل مرة أخرى عند عودته. يمكنك مواصلة العمل. (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n edit(s) to %1</source>
        <translation>
            <numerusform>لم يُحفظ أي تعديل في %1</numerusform>
            <numerusform>حُفظ تعديل واحد في %1</numerusform>
            <numerusform>حُفظ تعديلان في %1</numerusform>
            <numerusform>حُفظت %n تعديلات في %1</numerusform>
            <numerusform>حُفظ %n تعديلاً في %1</numerusform>
            <numerusform>حُفظ %n تعديل في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>The server refused %1: %2
Your edit is kept in this window; File → Save as… keeps a copy of the dataset in a folder.</source>
        <translation>رفض الخادم %1: %2
تعديلك محفوظ في هذه النافذة؛ ملف ← حفظ باسم… يحفظ نسخة من مجموعة البيانات في مجلد.</translation>
    </message>
    <message numerus="yes">
        <source>The server is back: %n kept edit(s) saved</source>
        <translation>
            <numerusform>عاد الخادم: لم يُحفظ أي تعديل محتفظ به</numerusform>
            <numerusform>عاد الخادم: حُفظ التعديل المحتفظ به</numerusform>
            <numerusform>عاد الخادم: حُفظ التعديلان المحتفظ بهما</numerusform>
            <numerusform>عاد الخادم: حُفظت %n تعديلات محتفظ بها</numerusform>
            <numerusform>عاد الخادم: حُفظ %n تعديلاً محتفظاً به</numerusform>
            <numerusform>عاد الخادم: حُفظ %n تعديل محتفظ به</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontier::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
</context>
<context>
    <name>frontier::SnapshotDialog</name>
    <message>
        <source>Legend</source>
        <translation>وسيلة الإيضاح</translation>
    </message>
    <message>
        <source>Title and date</source>
        <translation>العنوان والتاريخ</translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>تصدير لقطة</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Size (px)</source>
        <translation>الحجم (بكسل)</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>نقطة/بوصة</translation>
    </message>
</context>
<context>
    <name>frontier::SplitView</name>
    <message>
        <source>S&amp;plit view: compare date beside</source>
        <translation>عرض م&amp;قسوم: تاريخ المقارنة بجانبه</translation>
    </message>
    <message>
        <source>Show the compare date (Changes dock) on a second map beside this one; pan and zoom move both (S)</source>
        <translation>عرض تاريخ المقارنة (لوحة التغييرات) على خريطة ثانية بجانب هذه؛ ويحرك التحريك والتكبير كلتيهما (S)</translation>
    </message>
</context>
<context>
    <name>frontier::StatusLine</name>
    <message>
        <source>Sector: %1</source>
        <translation>القطاع: %1</translation>
    </message>
    <message>
        <source> · disputed (see the Selection panel)</source>
        <translation> · متنازع عليه (انظر لوحة التحديد)</translation>
    </message>
</context>
<context>
    <name>frontier::StyleController</name>
    <message>
        <source>Layer &amp;style…</source>
        <translation>&amp;نمط الطبقة…</translation>
    </message>
    <message>
        <source>Edit the style of the layer selected in the Layers panel</source>
        <translation>تحرير نمط الطبقة المحددة في لوحة الطبقات</translation>
    </message>
</context>
<context>
    <name>frontier::StyleDialog</name>
    <message>
        <source>Fill colour</source>
        <translation>لون التعبئة</translation>
    </message>
    <message>
        <source>Outline colour</source>
        <translation>لون الحد</translation>
    </message>
    <message>
        <source>Categories from</source>
        <translation>الفئات من</translation>
    </message>
    <message>
        <source>Size from</source>
        <translation>الحجم من</translation>
    </message>
    <message>
        <source>Labels from</source>
        <translation>التسميات من</translation>
    </message>
    <message>
        <source>Style of %1</source>
        <translation>نمط %1</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>دائرة</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>مربع</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>مثلث</translation>
    </message>
    <message>
        <source>Categories and their colours</source>
        <translation>الفئات وألوانها</translation>
    </message>
    <message>
        <source>Outline width</source>
        <translation>عرض الحد</translation>
    </message>
    <message>
        <source>Point symbol</source>
        <translation>رمز النقطة</translation>
    </message>
    <message>
        <source>Point size</source>
        <translation>حجم النقطة</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>العتامة</translation>
    </message>
    <message>
        <source>Label size</source>
        <translation>حجم التسمية</translation>
    </message>
    <message>
        <source>Points grow with the square root of this number</source>
        <translation>تكبر النقاط مع الجذر التربيعي لهذا العدد</translation>
    </message>
    <message>
        <source>&amp;Fill:</source>
        <translation>&amp;التعبئة:</translation>
    </message>
    <message>
        <source>&amp;Outline:</source>
        <translation>&amp;الحد:</translation>
    </message>
    <message>
        <source>Outline &amp;width:</source>
        <translation>&amp;عرض الحد:</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;الرمز:</translation>
    </message>
    <message>
        <source>Symbol si&amp;ze:</source>
        <translation>&amp;حجم الرمز:</translation>
    </message>
    <message>
        <source>O&amp;pacity:</source>
        <translation>&amp;العتامة:</translation>
    </message>
    <message>
        <source>&amp;Categories from:</source>
        <translation>&amp;الفئات من:</translation>
    </message>
    <message>
        <source>Size f&amp;rom:</source>
        <translation>&amp;الحجم من:</translation>
    </message>
    <message>
        <source>&amp;Labels from:</source>
        <translation>&amp;التسميات من:</translation>
    </message>
    <message>
        <source>Label s&amp;ize:</source>
        <translation>&amp;حجم التسمية:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
</context>
<context>
    <name>frontier::SwimlaneChart</name>
    <message>
        <source>Crossings</source>
        <translation>المعابر</translation>
    </message>
    <message>
        <source>Frontier sectors</source>
        <translation>قطاعات الحدود</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>frontier::SwimlaneLegend</name>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>approximate date</source>
        <translation>تاريخ تقريبي</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>متنازع عليه</translation>
    </message>
</context>
<context>
    <name>frontier::SwipeTool</name>
    <message>
        <source>&amp;Swipe to the compare date</source>
        <translation>&amp;سحب إلى تاريخ المقارنة</translation>
    </message>
    <message>
        <source>Show the compare date (Changes dock) left of a line you drag across the map (W)</source>
        <translation>عرض تاريخ المقارنة (لوحة التغييرات) يسار خط تسحبه عبر الخريطة (W)</translation>
    </message>
</context>
<context>
    <name>frontier::TimeActions</name>
    <message>
        <source>Previous day</source>
        <translation>اليوم السابق</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>اليوم التالي</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>الشهر السابق</translation>
    </message>
    <message>
        <source>◀M</source>
        <translation>◀ش</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>الشهر التالي</translation>
    </message>
    <message>
        <source>M▶</source>
        <translation>ش▶</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>السنة السابقة</translation>
    </message>
    <message>
        <source>◀Y</source>
        <translation>◀س</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>السنة التالية</translation>
    </message>
    <message>
        <source>Y▶</source>
        <translation>س▶</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>الحدث السابق</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>الحدث التالي</translation>
    </message>
    <message>
        <source>Start (2012-01-01)</source>
        <translation>البداية (2012-01-01)</translation>
    </message>
    <message>
        <source>End (2025-12-31)</source>
        <translation>النهاية (2025-12-31)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
</context>
<context>
    <name>frontier::TimelinePanel</name>
    <message>
        <source>Drag to move through time; the ticks are the days something changes</source>
        <translation>اسحب للتنقل عبر الزمن؛ العلامات هي الأيام التي يتغيّر فيها شيء</translation>
    </message>
    <message>
        <source>How far each play step (%1 ms) moves the date</source>
        <translation>مقدار ما تحرّكه كل خطوة تشغيل (%1 ملي ثانية) من التاريخ</translation>
    </message>
    <message>
        <source>Play speed</source>
        <translation>سرعة التشغيل</translation>
    </message>
    <message>
        <source>1 day / step</source>
        <translation>يوم واحد / خطوة</translation>
    </message>
    <message>
        <source>1 week / step</source>
        <translation>أسبوع واحد / خطوة</translation>
    </message>
    <message>
        <source>1 month / step</source>
        <translation>شهر واحد / خطوة</translation>
    </message>
    <message>
        <source>1 quarter / step</source>
        <translation>ربع سنة / خطوة</translation>
    </message>
    <message>
        <source>1 year / step</source>
        <translation>سنة واحدة / خطوة</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <source>Swimlane</source>
        <translation>مخطط المسارات</translation>
    </message>
    <message>
        <source>Who held each side of each crossing and sector, and each crossing&apos;s status, from 2012 to 2025; click a row to select it</source>
        <translation>من سيطر على كل جانب من كل معبر وقطاع، وحالة كل معبر، من 2012 إلى 2025؛ انقر صفًا لتحديده</translation>
    </message>
</context>
<context>
    <name>frontier::UndoableEdits</name>
    <message>
        <source>Cannot edit this dataset</source>
        <translation>لا يمكن تحرير مجموعة البيانات هذه</translation>
    </message>
    <message>
        <source>Edit not applied</source>
        <translation>لم يُطبَّق التعديل</translation>
    </message>
</context>
<context>
    <name>frontier::WindowMenus</name>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;الزمن</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;الإشارات المرجعية</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Open dataset…</source>
        <translation>&amp;فتح مجموعة بيانات…</translation>
    </message>
    <message>
        <source>Add &amp;layer…</source>
        <translation>إضافة &amp;طبقة…</translation>
    </message>
    <message>
        <source>Add &amp;PostGIS layer…</source>
        <translation>إضافة طبقة &amp;PostGIS…</translation>
    </message>
    <message>
        <source>&amp;Export snapshot…</source>
        <translation>&amp;تصدير لقطة…</translation>
    </message>
    <message>
        <source>Export &amp;frames…</source>
        <translation>تصدير &amp;إطارات…</translation>
    </message>
    <message>
        <source>&amp;Print layout…</source>
        <translation>تخطيط ال&amp;طباعة…</translation>
    </message>
    <message>
        <source>Export the &amp;state table (CSV)…</source>
        <translation>تصدير جدول ال&amp;حالة (CSV)…</translation>
    </message>
    <message>
        <source>Export the event &amp;list (CSV)…</source>
        <translation>تصدير &amp;قائمة الأحداث (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;البداية</translation>
    </message>
    <message>
        <source>Show the whole frontier (Ctrl+H)</source>
        <translation>عرض الحدود كلها (Ctrl+H)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, or + on the map)</source>
        <translation>تكبير (Ctrl++، أو + على الخريطة)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−, or − on the map)</source>
        <translation>تصغير (Ctrl+−، أو − على الخريطة)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Find a crossing, sector, place, area or event by name (Ctrl+F)</source>
        <translation>البحث عن معبر أو قطاع أو مكان أو منطقة أو حدث بالاسم (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Reading the map</source>
        <translation>&amp;قراءة الخريطة</translation>
    </message>
    <message>
        <source>&amp;About Frontier Atlas</source>
        <translation>&amp;عن أطلس الحدود</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The bundled dataset is open instead.</source>
        <translation>فُتحت مجموعة البيانات المرفقة بدلًا منها.</translation>
    </message>
</context>
</TS>
