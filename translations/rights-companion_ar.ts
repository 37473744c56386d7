<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ArticlePage</name>
    <message>
        <source>Article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <source>Save this article as a PDF file in the language you are reading, with its sources, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</source>
        <translation>احفظ هذا المقال كملف PDF باللغة التي تقرأ بها، مع مصادره وتاريخ مراجعته ورمز QR. اطبعه أو أعطه لشخص ما. لا يحتوي الملف على أيّ شيء من ملاحظاتك.</translation>
    </message>
    <message>
        <source>Listen to this article</source>
        <translation>استمع إلى هذا المقال</translation>
    </message>
    <message>
        <source>A recorded reading in %1.</source>
        <translation>تسجيل صوتي بلغة %1.</translation>
    </message>
    <message>
        <source>Read by your device&apos;s voice in %1. It may say some words wrongly.</source>
        <translation>يقرؤه صوت جهازك بلغة %1. قد ينطق بعض الكلمات بشكل خاطئ.</translation>
    </message>
    <message>
        <source>There is no recording of this article in %1, and this device has no voice for %1.</source>
        <translation>لا يوجد تسجيل صوتي لهذا المقال بلغة %1، ولا يوجد في هذا الجهاز صوت بلغة %1.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>من البداية</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>أبطأ</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>السرعة العادية</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>أسرع</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>أسرع بكثير</translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation>السرعة: %1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>الموضع: %1</translation>
    </message>
    <message>
        <source>Listen in English</source>
        <translation>استمع بالإنجليزية</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>This article is not available. It may have been removed in a content update.</source>
        <translation>هذا المقال غير متوفّر. ربما حُذف في تحديث للمعلومات.</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>آخر مراجعة: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the English text.</source>
        <translation>لم يُترجَم بعد إلى %1. أنت تقرأ النص الإنجليزي.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>لم يُترجَم بعد إلى %1. أنت تقرأ النص بلغة %2.</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>القانون في هذا الموضوع يتغيّر. اسأل محاميك أو VluchtelingenWerk عمّا ينطبق عليك.</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>ما الذي يتغيّر</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <source>This organisation is not in the installed information. It may have been removed in a content update.</source>
        <translation>هذه المنظمة غير موجودة في المعلومات المثبَّتة. ربما حُذفت في تحديث للمعلومات.</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>ساعات العمل: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>العنوان: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>تم النسخ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>نسخ العنوان</translation>
    </message>
    <message>
        <source>Copy the e-mail address</source>
        <translation>نسخ عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Copy the number %1</source>
        <translation>نسخ الرقم %1</translation>
    </message>
    <message>
        <source>Give this contact to a phone</source>
        <translation>نقل جهة الاتصال هذه إلى هاتف</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera to save the contact.</source>
        <translation>امسح هذا الرمز بكاميرا الهاتف لتحفظ جهة الاتصال.</translation>
    </message>
    <message>
        <source>QR code of the contact %1</source>
        <translation>رمز QR لجهة الاتصال %1</translation>
    </message>
    <message>
        <source>Where to save the contact card (.vcf)</source>
        <translation>مكان حفظ بطاقة جهة الاتصال (.vcf)</translation>
    </message>
    <message>
        <source>Save contact card</source>
        <translation>حفظ بطاقة جهة الاتصال</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>اكتب المسار الكامل للملف. يبدأ المسار بـ /.</translation>
    </message>
    <message>
        <source>Contact card saved.</source>
        <translation>تم حفظ بطاقة جهة الاتصال.</translation>
    </message>
    <message>
        <source>They are not known to speak your language. They speak: %1.</source>
        <translation>لا نعرف أنهم يتكلّمون لغتك. هم يتكلّمون: %1.</translation>
    </message>
    <message>
        <source>We do not know which languages they speak.</source>
        <translation>لا نعرف ما هي اللغات التي يتكلّمونها.</translation>
    </message>
    <message>
        <source>You can ask whether they can arrange an interpreter (in Dutch: tolk).</source>
        <translation>يمكنك أن تسأل هل يستطيعون أن يرتّبوا لك مترجمًا (بالهولندية: tolk).</translation>
    </message>
    <message>
        <source>Languages they speak: %1</source>
        <translation>اللغات التي يتكلّمونها: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>المكان: %1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>آخر مراجعة: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Added to your contacts in My case.</source>
        <translation>تمت الإضافة إلى جهات اتصالك في «قضيتي».</translation>
    </message>
    <message>
        <source>Keep in My case</source>
        <translation>الحفظ في «قضيتي»</translation>
    </message>
    <message>
        <source>Open your notes to keep this organisation among your own contacts, with a note of your own.</source>
        <translation>افتح ملاحظاتك لتحفظ هذه المنظمة بين جهات اتصالك، مع ملاحظة خاصة بك.</translation>
    </message>
    <message>
        <source>A note for yourself (optional)</source>
        <translation>ملاحظة لنفسك (اختياري)</translation>
    </message>
    <message>
        <source>Add to my contacts</source>
        <translation>إضافة إلى جهات اتصالي</translation>
    </message>
    <message>
        <source>Save how to reach this organisation as a PDF file in the language you are reading, with the opening hours, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</source>
        <translation>احفظ طريقة التواصل مع هذه المنظمة كملف PDF باللغة التي تقرأ بها، مع ساعات العمل وتاريخ مراجعة المعلومات ورمز QR. اطبعه أو أعطه لشخص ما. لا يحتوي الملف على أيّ شيء من ملاحظاتك.</translation>
    </message>
</context>
<context>
    <name>ContentUpdatesPage</name>
    <message>
        <source>Content updates</source>
        <translation>تحديثات المعلومات</translation>
    </message>
    <message>
        <source>Content updates are not available here.</source>
        <translation>تحديثات المعلومات غير متوفّرة هنا.</translation>
    </message>
    <message>
        <source>Content as of %1</source>
        <translation>المعلومات بتاريخ %1</translation>
    </message>
    <message>
        <source>No information is installed yet.</source>
        <translation>لم تُثبَّت أيّ معلومات بعد.</translation>
    </message>
    <message>
        <source>This information may be out of date: your organisation expected you to have newer information by now. Check for updates when you can.</source>
        <translation>قد تكون هذه المعلومات قديمة: كانت منظمتك تتوقّع أن تكون لديك معلومات أحدث الآن. ابحث عن تحديثات عندما تستطيع.</translation>
    </message>
    <message>
        <source>Last check: %1</source>
        <translation>آخر تحقّق: %1</translation>
    </message>
    <message>
        <source>Not checked for updates yet.</source>
        <translation>لم يتمّ البحث عن تحديثات بعد.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>تحقّق الآن</translation>
    </message>
    <message>
        <source>Add a mirror below to check for updates.</source>
        <translation>أضِف مصدر تحديث في الأسفل لتبحث عن تحديثات.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>تقدّم التنزيل</translation>
    </message>
    <message>
        <source>Checking the mirrors…</source>
        <translation>جارٍ التحقّق من مصادر التحديث…</translation>
    </message>
    <message>
        <source>Mirrors</source>
        <translation>مصادر التحديث</translation>
    </message>
    <message>
        <source>Places to get updates from, tried in order: a USB stick or a folder with a copy, or a web address your organisation gave you. Whatever a mirror offers is used only if your distributor signed it.</source>
        <translation>أماكن تحصل منها على التحديثات، ويجرّبها التطبيق بالترتيب: فلاشة USB أو مجلّد فيه نسخة، أو عنوان إنترنت أعطتك إياه منظمتك. لا يُستعمل ما يقدّمه مصدر التحديث إلا إذا وقّعته الجهة التي وزّعت التطبيق.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the mirror %1</source>
        <translation>إزالة مصدر التحديث %1</translation>
    </message>
    <message>
        <source>https://… or /media/usb-stick</source>
        <translation>https://… أو /media/usb-stick</translation>
    </message>
    <message>
        <source>New mirror</source>
        <translation>مصدر تحديث جديد</translation>
    </message>
    <message>
        <source>Add mirror</source>
        <translation>إضافة مصدر تحديث</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>Only on unmetered networks</source>
        <translation>فقط على الشبكات غير المحدودة</translation>
    </message>
    <message>
        <source>This device is not connected to a network now.</source>
        <translation>هذا الجهاز غير متّصل بشبكة الآن.</translation>
    </message>
    <message>
        <source>This connection is metered: it may cost money.</source>
        <translation>هذا الاتصال محدود: قد يكلّفك مالًا.</translation>
    </message>
    <message>
        <source>This connection is not metered.</source>
        <translation>هذا الاتصال غير محدود.</translation>
    </message>
    <message>
        <source>The app cannot tell whether this connection is metered. With this option on, web mirrors are not used; USB sticks and folders always are.</source>
        <translation>لا يستطيع التطبيق أن يعرف هل هذا الاتصال محدود أم لا. عندما يكون هذا الخيار مفعّلًا، لا تُستعمل مصادر التحديث على الإنترنت، أمّا فلاشات USB والمجلّدات فتُستعمل دائمًا.</translation>
    </message>
    <message>
        <source>The app connects to the internet only to reach the web mirrors you add here, and sends nothing about you.</source>
        <translation>يتّصل التطبيق بالإنترنت فقط للوصول إلى مصادر التحديث على الإنترنت التي تضيفها هنا، ولا يرسل أيّ شيء عنك.</translation>
    </message>
    <message>
        <source>Share with phones nearby</source>
        <translation>المشاركة مع الهواتف القريبة</translation>
    </message>
    <message>
        <source>Phones on the same network can get the information from this computer. Phones check everything they get against your distributor&apos;s signatures, so sharing cannot change what they accept. Only people on the same network (Wi-Fi or cable) can connect. Sharing stops by itself after 30 minutes.</source>
        <translation>تستطيع الهواتف المتّصلة بالشبكة نفسها أن تحصل على المعلومات من هذا الكمبيوتر. تتحقّق الهواتف من كل ما تحصل عليه بمقارنته بتواقيع الجهة التي وزّعت التطبيق، لذلك لا تستطيع المشاركة أن تغيّر ما تقبله الهواتف. لا يستطيع الاتصال إلا الأشخاص الموجودون على الشبكة نفسها (واي فاي أو كابل). تتوقّف المشاركة وحدها بعد 30 دقيقة.</translation>
    </message>
    <message>
        <source>This computer shares the information that came with the app. Updates it installed later are not shared.</source>
        <translation>يشارك هذا الكمبيوتر المعلومات التي جاءت مع التطبيق. أمّا التحديثات التي ثبّتها بعد ذلك فلا يشاركها.</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>بدء المشاركة</translation>
    </message>
    <message>
        <source>On the phone, open Content updates, add this address as a mirror, and tap Check now:</source>
        <translation>على الهاتف، افتح «تحديثات المعلومات»، وأضِف هذا العنوان كمصدر تحديث، ثم اضغط على «تحقّق الآن»:</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>رمز QR للعنوان %1</translation>
    </message>
    <message>
        <source>Files sent so far: %1</source>
        <translation>الملفات المُرسَلة حتى الآن: %1</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>إيقاف المشاركة</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Day: %1</source>
        <translation>اليوم: %1</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>الشهر: %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>السنة: %1</translation>
    </message>
    <message>
        <source>Hour: %1</source>
        <translation>الساعة: %1</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>الدقائق: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Find help</source>
        <translation>ابحث عن مساعدة</translation>
    </message>
    <message>
        <source>Search by name or what they do</source>
        <translation>ابحث بالاسم أو بما تقوم به المنظمة</translation>
    </message>
    <message>
        <source>Search the organisations</source>
        <translation>البحث في المنظمات</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Language they speak</source>
        <translation>اللغة التي يتكلّمونها</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>مفتوح الآن</translation>
    </message>
    <message>
        <source>Show only organisations that are open now</source>
        <translation>إظهار المنظمات المفتوحة الآن فقط</translation>
    </message>
    <message>
        <source>Only organisations whose opening hours we know are shown.</source>
        <translation>تظهر فقط المنظمات التي نعرف ساعات عملها.</translation>
    </message>
    <message>
        <source>There are no organisations in the installed information yet. A content update can add them.</source>
        <translation>لا توجد منظمات في المعلومات المثبَّتة بعد. يمكن أن يضيفها تحديث للمعلومات.</translation>
    </message>
    <message>
        <source>No organisation matches. Try fewer filters or other words.</source>
        <translation>لا توجد منظمة مطابقة. جرّب فلاتر أقلّ أو كلمات أخرى.</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>جهات اتصالي</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>This document is not in your vault.</source>
        <translation>هذه الوثيقة ليست في خزنتك.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Delete this document</source>
        <translation>حذف هذه الوثيقة</translation>
    </message>
    <message>
        <source>Delete this document?</source>
        <translation>حذف هذه الوثيقة؟</translation>
    </message>
    <message>
        <source>The app&apos;s copy is deleted for good.</source>
        <translation>ستُحذف النسخة الموجودة في التطبيق نهائيًا.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <translation>وثائقي</translation>
    </message>
    <message>
        <source>Keep photos and PDFs of your letters here, for example from the IND or COA. They are encrypted like your notes. The app keeps its own copy: afterwards you can delete the original file.</source>
        <translation>احفظ هنا صور رسائلك وملفات PDF الخاصة بها، مثلًا من الـ IND أو الـ COA. تُشفَّر مثل ملاحظاتك. يحفظ التطبيق نسخة خاصة به: بعد ذلك يمكنك أن تحذف الملف الأصلي.</translation>
    </message>
    <message>
        <source>Add a photo or PDF</source>
        <translation>إضافة صورة أو ملف PDF</translation>
    </message>
    <message>
        <source>File, e.g. /home/me/Downloads/letter.pdf</source>
        <translation>الملف، مثلًا /home/me/Downloads/letter.pdf</translation>
    </message>
    <message>
        <source>File to add</source>
        <translation>الملف الذي تريد إضافته</translation>
    </message>
    <message>
        <source>Name, e.g. Letter from the IND, 3 March</source>
        <translation>الاسم، مثلًا رسالة من الـ IND، 3 مارس</translation>
    </message>
    <message>
        <source>Name of the document</source>
        <translation>اسم الوثيقة</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>لا توجد وثائق بعد.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Glossary</source>
        <translation>قاموس المصطلحات</translation>
    </message>
    <message>
        <source>Search for a word</source>
        <translation>ابحث عن كلمة</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>البحث في قاموس المصطلحات</translation>
    </message>
    <message>
        <source>No word matches “%1”.</source>
        <translation>لا توجد كلمة تطابق «%1».</translation>
    </message>
    <message>
        <source>There is no glossary in the installed information yet.</source>
        <translation>لا يوجد قاموس مصطلحات في المعلومات المثبَّتة بعد.</translation>
    </message>
</context>
<context>
    <name>HandoutAction</name>
    <message>
        <source>Saved. Open the PDF to print it or pass it on.</source>
        <translation>تم الحفظ. افتح ملف PDF لتطبعه أو تعطيه لشخص آخر.</translation>
    </message>
    <message>
        <source>Print or save as PDF</source>
        <translation>طباعة أو حفظ كملف PDF</translation>
    </message>
    <message>
        <source>Where to save the PDF file</source>
        <translation>مكان حفظ ملف PDF</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>حفظ ملف PDF</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Rights Companion</source>
        <translation>Rights Companion</translation>
    </message>
    <message>
        <source>Some content could not be loaded. The app works with the content that is intact.</source>
        <translation>تعذّر تحميل بعض المحتوى. يعمل التطبيق بالمحتوى السليم.</translation>
    </message>
    <message>
        <source>What do you want to know?</source>
        <translation>ماذا تريد أن تعرف؟</translation>
    </message>
    <message>
        <source>Information as of %1</source>
        <translation>المعلومات بتاريخ %1</translation>
    </message>
    <message>
        <source>No information is installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</source>
        <translation>لم تُثبَّت أيّ معلومات بعد. أعد تثبيت التطبيق، أو اطلب تحديثًا للمعلومات من المنظمة التي أعطتك التطبيق.</translation>
    </message>
    <message>
        <source>Dutch words you will hear, explained</source>
        <translation>شرح الكلمات الهولندية التي ستسمعها</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>قاموس المصطلحات</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search the information</source>
        <translation>البحث في المعلومات</translation>
    </message>
    <message>
        <source>This information is from %1 and may be out of date.</source>
        <translation>هذه المعلومات بتاريخ %1، وقد تكون قديمة.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>البحث عن تحديثات</translation>
    </message>
    <message>
        <source>The steps, where you are, and your deadlines</source>
        <translation>الخطوات، وأين أنت الآن، ومُهَلك</translation>
    </message>
    <message>
        <source>Your procedure</source>
        <translation>إجراءاتك</translation>
    </message>
    <message>
        <source>Organisations that can help, and how to reach them</source>
        <translation>منظمات تستطيع أن تساعدك، وكيف تتواصل معها</translation>
    </message>
    <message>
        <source>Find help</source>
        <translation>ابحث عن مساعدة</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Choose the language of the app and of the information.</source>
        <translation>اختر لغة التطبيق ولغة المعلومات.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Rights Companion</source>
        <translation>Rights Companion</translation>
    </message>
    <message>
        <source>The page could not be built.</source>
        <translation>تعذّر إنشاء الصفحة.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Choose language</source>
        <translation>اختر اللغة</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Quick exit: lock your notes and close the app</source>
        <translation>خروج سريع: قفل ملاحظاتك وإغلاق التطبيق</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>ملاحظاتي</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>متطوّع</translation>
    </message>
    <message>
        <source>Volunteer: leave kiosk mode</source>
        <translation>متطوّع: الخروج من وضع الكمبيوتر المشترك</translation>
    </message>
    <message>
        <source>Still there? Touch the screen to continue.</source>
        <translation>هل ما زلت هنا؟ المس الشاشة لتتابع.</translation>
    </message>
    <message numerus="yes">
        <source>The app starts over in %n seconds, for the next person.</source>
        <translation>
            <numerusform>سيبدأ التطبيق من جديد بعد %n ثانية، للشخص التالي.</numerusform>
            <numerusform>سيبدأ التطبيق من جديد بعد %n ثانية، للشخص التالي.</numerusform>
            <numerusform>سيبدأ التطبيق من جديد بعد %n ثانيتين، للشخص التالي.</numerusform>
            <numerusform>سيبدأ التطبيق من جديد بعد %n ثوانٍ، للشخص التالي.</numerusform>
            <numerusform>سيبدأ التطبيق من جديد بعد %n ثانيةً، للشخص التالي.</numerusform>
            <numerusform>سيبدأ التطبيق من جديد بعد %n ثانية، للشخص التالي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>الخروج من وضع الكمبيوتر المشترك</translation>
    </message>
    <message>
        <source>For volunteers: type the PIN to leave kiosk mode.</source>
        <translation>للمتطوّعين: اكتب رمز PIN للخروج من وضع الكمبيوتر المشترك.</translation>
    </message>
    <message>
        <source>Volunteer PIN</source>
        <translation>رمز PIN للمتطوّعين</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. You can try again in %n seconds.</source>
        <translation>
            <numerusform>كُتب رمز PIN خاطئ مرات كثيرة جدًا. يمكنك أن تحاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>كُتب رمز PIN خاطئ مرات كثيرة جدًا. يمكنك أن تحاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>كُتب رمز PIN خاطئ مرات كثيرة جدًا. يمكنك أن تحاول مرة أخرى بعد %n ثانيتين.</numerusform>
            <numerusform>كُتب رمز PIN خاطئ مرات كثيرة جدًا. يمكنك أن تحاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>كُتب رمز PIN خاطئ مرات كثيرة جدًا. يمكنك أن تحاول مرة أخرى بعد %n ثانيةً.</numerusform>
            <numerusform>كُتب رمز PIN خاطئ مرات كثيرة جدًا. يمكنك أن تحاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>MyCasePage</name>
    <message>
        <source>My case</source>
        <translation>قضيتي</translation>
    </message>
    <message>
        <source>The details of your case, in one place. They are kept with your private notes, encrypted, and only you can see them.</source>
        <translation>تفاصيل قضيتك في مكان واحد. تُحفظ مشفّرة مع ملاحظاتك الخاصة، ولا يراها أحد غيرك.</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Your foreigner&apos;s number (V-nummer). You find it on letters from the IND, the Immigration and Naturalisation Service.</source>
        <translation>رقم الأجنبي الخاص بك (V-nummer). تجده على الرسائل من الـ IND، دائرة الهجرة والتجنيس.</translation>
    </message>
    <message>
        <source>Digits only, e.g. 1234567890</source>
        <translation>أرقام فقط، مثلًا 1234567890</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>الموظف المسؤول عن ملفك</translation>
    </message>
    <message>
        <source>Your contact person at the IND, or at the COA, the organisation that runs the reception centres.</source>
        <translation>الشخص الذي تتواصل معه في الـ IND، أو في الـ COA، وهي المنظمة التي تدير مراكز الاستقبال.</translation>
    </message>
    <message>
        <source>Name, organisation, phone number</source>
        <translation>الاسم، المنظمة، رقم الهاتف</translation>
    </message>
    <message>
        <source>Case worker at the IND or the COA</source>
        <translation>الموظف المسؤول عن ملفك في الـ IND أو الـ COA</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>المحامي</translation>
    </message>
    <message>
        <source>Name, office, phone number</source>
        <translation>الاسم، المكتب، رقم الهاتف</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Which asylum procedure you are in. Your lawyer or the letters from the IND can tell you.</source>
        <translation>إجراءات اللجوء التي أنت فيها. تجدها في رسائل الـ IND، أو يخبرك بها محاميك.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>غير معروفة بعد</translation>
    </message>
    <message>
        <source>General asylum procedure (AA)</source>
        <translation>إجراءات اللجوء العامة (AA)</translation>
    </message>
    <message>
        <source>Extended procedure (VA)</source>
        <translation>إجراءات اللجوء الممدَّدة (VA)</translation>
    </message>
    <message>
        <source>Dublin</source>
        <translation>إجراءات دبلن</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>الإجراءات: %1</translation>
    </message>
    <message>
        <source>Registration (asylum application)</source>
        <translation>التسجيل (طلب اللجوء)</translation>
    </message>
    <message>
        <source>Detailed interview</source>
        <translation>المقابلة المفصّلة</translation>
    </message>
    <message>
        <source>Intention to reject received</source>
        <translation>وصول نيّة الرفض (voornemen)</translation>
    </message>
    <message>
        <source>View on the intention sent</source>
        <translation>إرسال الردّ على النيّة (zienswijze)</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>إرسال القرار (beschikking)</translation>
    </message>
    <message>
        <source>Residence permit granted</source>
        <translation>منح تصريح الإقامة</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>تقديم الطعن (beroep)</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>جلسة المحكمة</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>التواريخ المهمة</translation>
    </message>
    <message>
        <source>The dates of your procedure. Deadlines are counted from them, so write them exactly as they are on your letters.</source>
        <translation>تواريخ إجراءاتك. تُحسب المُهَل منها، لذلك اكتبها تمامًا كما هي في رسائلك.</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>إضافة تاريخ</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>لا توجد مواعيد بعد.</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>إضافة موعد</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Your lawyer, your case worker, your guardian: the people you need to reach.</source>
        <translation>محاميك، والموظف المسؤول عن ملفك، والوصيّ عليك: الأشخاص الذين تحتاج أن تتواصل معهم.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>تاريخ مهم</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>ماذا حدث: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>ملاحظة (اختياري)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>What, e.g. Meeting with my lawyer</source>
        <translation>ما هو، مثلًا لقاء مع محاميّ</translation>
    </message>
    <message>
        <source>What the appointment is</source>
        <translation>ما هو الموعد</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>أين (اختياري)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Who they are, e.g. My lawyer</source>
        <translation>من هو، مثلًا محاميّ</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>من هو</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>See your procedure and deadlines</source>
        <translation>اطّلع على إجراءاتك ومُهَلك</translation>
    </message>
</context>
<context>
    <name>NoteEditorPage</name>
    <message>
        <source>New note</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>You have no private notes on this phone yet.</source>
        <translation>ليست لديك ملاحظات خاصة على هذا الهاتف بعد.</translation>
    </message>
    <message>
        <source>Unlock your notes first</source>
        <translation>افتح قفل ملاحظاتك أولًا</translation>
    </message>
    <message>
        <source>Go to My notes</source>
        <translation>اذهب إلى «ملاحظاتي»</translation>
    </message>
    <message>
        <source>This note could not be saved. Your text is still here; keep this page open and try again in a moment.</source>
        <translation>تعذّر حفظ هذه الملاحظة. نصّك ما زال هنا. أبقِ هذه الصفحة مفتوحة وحاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>Your last changes could not be saved. Your text is still here; keep this page open and try again in a moment.</source>
        <translation>تعذّر حفظ آخر تغييراتك. نصّك ما زال هنا. أبقِ هذه الصفحة مفتوحة وحاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>This note could not be deleted. Try again in a moment.</source>
        <translation>تعذّر حذف هذه الملاحظة. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>This note is not there any more. It may have been deleted.</source>
        <translation>هذه الملاحظة لم تعد موجودة. ربما حُذفت.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Write your note here</source>
        <translation>اكتب ملاحظتك هنا</translation>
    </message>
    <message>
        <source>Tags, e.g. interview, lawyer</source>
        <translation>الوسوم، مثلًا: مقابلة، محامٍ</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>الوسوم، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Your note is kept as soon as you start typing.</source>
        <translation>تُحفظ ملاحظتك بمجرد أن تبدأ الكتابة.</translation>
    </message>
    <message>
        <source>Created %1 · Changed %2</source>
        <translation>أُنشئت في %1 · عُدّلت في %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation>حذف هذه الملاحظة</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>حذف هذه الملاحظة؟</translation>
    </message>
    <message>
        <source>The note will be deleted from this phone. You cannot undo this.</source>
        <translation>ستُحذف الملاحظة من هذا الهاتف. لا يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Keep the note</source>
        <translation>إبقاء الملاحظة</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>حذف الملاحظة</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search articles and words</source>
        <translation>ابحث في المقالات والكلمات</translation>
    </message>
    <message>
        <source>Search the information</source>
        <translation>البحث في المعلومات</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer or shorter words.</source>
        <translation>لم نجد شيئًا لـ «%1». جرّب كلمات أقلّ أو أقصر.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>قاموس المصطلحات</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>بالإنجليزية</translation>
    </message>
    <message>
        <source>Type a word, or the beginning of a word. Articles, Dutch words from the glossary, the steps of the procedures and contacts are searched.</source>
        <translation>اكتب كلمة، أو بداية كلمة. يتمّ البحث في المقالات، والكلمات الهولندية في قاموس المصطلحات، وخطوات الإجراءات، وجهات الاتصال.</translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation>خطوة في الإجراءات</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>المعلومات</translation>
    </message>
    <message>
        <source>No information is installed.</source>
        <translation>لا توجد معلومات مثبَّتة.</translation>
    </message>
    <message>
        <source>%1, published by %2. Information as of %3.</source>
        <translation>%1، من نشر %2. المعلومات بتاريخ %3.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>This app works without internet. It does not collect or send any information about you.</source>
        <translation>هذا التطبيق يعمل بدون إنترنت. لا يجمع ولا يرسل أيّ معلومات عنك.</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>تحديثات المعلومات</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Today: %1. Deadlines always show the Gregorian date too: it is the date the IND and the courts use.</source>
        <translation>اليوم: %1. تُظهر المُهَل دائمًا التاريخ الميلادي أيضًا: فهو التاريخ الذي يستعمله الـ IND والمحاكم.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Follow the system (%1%)</source>
        <translation>حسب إعدادات النظام (%1%)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>التباين</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Light or dark</source>
        <translation>فاتح أو داكن</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>حسب إعدادات النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>The volunteer PIN is set.</source>
        <translation>تم حفظ رمز PIN للمتطوّعين.</translation>
    </message>
    <message>
        <source>Shared laptop (kiosk) mode</source>
        <translation>وضع الكمبيوتر المشترك</translation>
    </message>
    <message>
        <source>For a laptop that many people use, one after the other. The app fills the screen and starts with the choice of language. Notes are not available and no files are saved. After a time without use, it starts over and forgets what the last person did. A volunteer leaves kiosk mode with a PIN.</source>
        <translation>لكمبيوتر يستعمله أشخاص كثيرون، واحدًا بعد الآخر. يملأ التطبيق الشاشة ويبدأ باختيار اللغة. الملاحظات غير متوفّرة، ولا تُحفظ أيّ ملفات. بعد مدة بدون استعمال، يبدأ التطبيق من جديد وينسى ما فعله الشخص السابق. يخرج المتطوّع من وضع الكمبيوتر المشترك برمز PIN.</translation>
    </message>
    <message>
        <source>Kiosk mode is on. To leave it, a volunteer taps “Volunteer” at the top and types the PIN.</source>
        <translation>وضع الكمبيوتر المشترك مفعّل. للخروج منه، يضغط المتطوّع على «متطوّع» في الأعلى ويكتب رمز PIN.</translation>
    </message>
    <message>
        <source>Kiosk mode was asked for. Start it below.</source>
        <translation>تم طلب وضع الكمبيوتر المشترك. ابدأه في الأسفل.</translation>
    </message>
    <message>
        <source>Kiosk mode was asked for, but no volunteer PIN is set. Set a PIN, then start kiosk mode.</source>
        <translation>تم طلب وضع الكمبيوتر المشترك، لكن لا يوجد رمز PIN للمتطوّعين. اختر رمز PIN، ثم ابدأ وضع الكمبيوتر المشترك.</translation>
    </message>
    <message>
        <source>A volunteer PIN is set. You can set a new one.</source>
        <translation>يوجد رمز PIN للمتطوّعين. يمكنك أن تختار رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>Set a volunteer PIN of 4 to 12 digits, and give it only to volunteers.</source>
        <translation>اختر رمز PIN للمتطوّعين من 4 إلى 12 رقمًا، ولا تعطه إلا للمتطوّعين.</translation>
    </message>
    <message>
        <source>New volunteer PIN (4 to 12 digits)</source>
        <translation>رمز PIN جديد للمتطوّعين (من 4 إلى 12 رقمًا)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>اكتب رمز PIN نفسه مرة أخرى</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>حفظ رمز PIN</translation>
    </message>
    <message>
        <source>Start over after this time without use</source>
        <translation>البدء من جديد بعد هذه المدة بدون استعمال</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقةً</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Start kiosk mode</source>
        <translation>بدء وضع الكمبيوتر المشترك</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Machine translation, not yet checked by a person</source>
        <translation>ترجمة آلية، لم يراجعها إنسان بعد</translation>
    </message>
    <message>
        <source>This translation may be out of date</source>
        <translation>قد تكون هذه الترجمة قديمة</translation>
    </message>
    <message>
        <source>Not yet in your language. Shown in %1.</source>
        <translation>غير متوفّر بلغتك بعد. معروض بلغة %1.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message numerus="yes">
        <source>In %n days</source>
        <translation>
            <numerusform>بعد %n يوم</numerusform>
            <numerusform>بعد %n يوم</numerusform>
            <numerusform>بعد %n يومين</numerusform>
            <numerusform>بعد %n أيام</numerusform>
            <numerusform>بعد %n يومًا</numerusform>
            <numerusform>بعد %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Your procedure</source>
        <translation>إجراءاتك</translation>
    </message>
    <message>
        <source>A lawyer must confirm every deadline. The dates in this app are calculations from general rules, and they can be wrong for your case. Ask your lawyer before you rely on them.</source>
        <translation>يجب أن يؤكّد المحامي كل مهلة. التواريخ في هذا التطبيق محسوبة من قواعد عامة، وقد تكون خاطئة في حالتك. اسأل محاميك قبل أن تعتمد عليها.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the English text.</source>
        <translation>لم يُترجَم بعد إلى %1. أنت تقرأ النص الإنجليزي.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>لم يُترجَم بعد إلى %1. أنت تقرأ النص بلغة %2.</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>القانون في هذا الموضوع يتغيّر. اسأل محاميك أو VluchtelingenWerk عمّا ينطبق عليك.</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>ما الذي يتغيّر</translation>
    </message>
    <message>
        <source>No procedures are installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</source>
        <translation>لم تُثبَّت أيّ إجراءات بعد. أعد تثبيت التطبيق، أو اطلب تحديثًا للمعلومات من المنظمة التي أعطتك التطبيق.</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>الإجراءات: %1</translation>
    </message>
    <message>
        <source>The dot marks where you are, from the dates in My case.</source>
        <translation>النقطة تُظهر أين أنت الآن، حسب التواريخ في «قضيتي».</translation>
    </message>
    <message>
        <source>Add the dates from your letters in My case to see where you are.</source>
        <translation>أضِف التواريخ من رسائلك في «قضيتي» لترى أين أنت الآن.</translation>
    </message>
    <message>
        <source>Open your notes to see where you are and your own deadlines.</source>
        <translation>افتح ملاحظاتك لترى أين أنت الآن وما هي مُهَلك.</translation>
    </message>
    <message>
        <source>Step %1: %2. You are here.</source>
        <translation>الخطوة %1: %2. أنت هنا.</translation>
    </message>
    <message>
        <source>Step %1: %2. This comes next.</source>
        <translation>الخطوة %1: %2. هذه هي الخطوة التالية.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>الخطوة %1: %2</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>أنت هنا</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Your date: %1</source>
        <translation>تاريخك: %1</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>من يحضر</translation>
    </message>
    <message>
        <source>What to prepare</source>
        <translation>ماذا تحضّر</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>حقوقك</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>كم تستغرق</translation>
    </message>
    <message>
        <source>Time limit: %1. Ask your lawyer at once how much time you have.</source>
        <translation>المهلة: %1. اسأل محاميك فورًا كم لديك من الوقت.</translation>
    </message>
    <message>
        <source>Time limit: %1, %2.</source>
        <translation>المهلة: %1، %2.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>الأساس القانوني: %1</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>اقرأ المزيد</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>اقرأ: %1</translation>
    </message>
    <message>
        <source>My deadlines</source>
        <translation>مُهَلي</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>اكتب المسار الكامل للملف. يبدأ المسار بـ /.</translation>
    </message>
    <message>
        <source>Calendar saved. Open it with your calendar app to add the dates.</source>
        <translation>تم حفظ التقويم. افتحه بتطبيق التقويم لتضيف التواريخ.</translation>
    </message>
    <message>
        <source>You have not chosen your procedure in My case. Until you do, the deadlines are counted with the shortest time limits, those of the general procedure (AA).</source>
        <translation>لم تختر إجراءاتك في «قضيتي». إلى أن تختارها، تُحسب المُهَل بأقصر مدة، وهي مُهَل إجراءات اللجوء العامة (AA).</translation>
    </message>
    <message>
        <source>Add the dates from your letters in My case, for example the day your decision was sent. Your deadlines then appear here.</source>
        <translation>أضِف التواريخ من رسائلك في «قضيتي»، مثلًا يوم إرسال القرار إليك. بعد ذلك تظهر مُهَلك هنا.</translation>
    </message>
    <message>
        <source>None of your dates starts a time limit that this app can count.</source>
        <translation>لا يوجد في تواريخك تاريخ تبدأ منه مهلة يستطيع هذا التطبيق حسابها.</translation>
    </message>
    <message>
        <source>Ask your lawyer at once: this app gives no date for this time limit.</source>
        <translation>اسأل محاميك فورًا: هذا التطبيق لا يعطي تاريخًا لهذه المهلة.</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>آخر يوم: %1</translation>
    </message>
    <message>
        <source>This deadline could not be counted (%1). Ask your lawyer.</source>
        <translation>تعذّر حساب هذه المهلة (%1). اسأل محاميك.</translation>
    </message>
    <message>
        <source>This date has passed.</source>
        <translation>هذا التاريخ قد مضى.</translation>
    </message>
    <message>
        <source>Counted from: %1</source>
        <translation>محسوبة من: %1</translation>
    </message>
    <message>
        <source>It is not certain that this time limit gets extra days. To be safe, act by %1.</source>
        <translation>ليس من المؤكد أن تُضاف أيام إلى هذه المهلة. لتكون في أمان، تصرّف في موعد أقصاه %1.</translation>
    </message>
    <message>
        <source>Counted with the time limit of the general procedure (AA), because you have not chosen your procedure.</source>
        <translation>محسوبة بمهلة إجراءات اللجوء العامة (AA)، لأنك لم تختر إجراءاتك.</translation>
    </message>
    <message>
        <source>A lawyer must confirm this deadline.</source>
        <translation>يجب أن يؤكّد المحامي هذه المهلة.</translation>
    </message>
    <message>
        <source>How it was counted:</source>
        <translation>كيف حُسبت:</translation>
    </message>
    <message>
        <source>Edit my dates in My case</source>
        <translation>تعديل تواريخي في «قضيتي»</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>القادم</translation>
    </message>
    <message>
        <source>No deadlines or appointments from today on.</source>
        <translation>لا توجد مُهَل أو مواعيد من اليوم فصاعدًا.</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>المهلة: %1</translation>
    </message>
    <message>
        <source>Ask your lawyer at once</source>
        <translation>اسأل محاميك فورًا</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation>أضِف إلى تقويمك</translation>
    </message>
    <message>
        <source>Save your deadlines and appointments as a calendar file (.ics) that calendar apps can import. The file is not encrypted: anyone who opens it can read it.</source>
        <translation>احفظ مُهَلك ومواعيدك في ملف تقويم (.ics) تستطيع تطبيقات التقويم أن تستورده. الملف غير مشفّر: أيّ شخص يفتحه يستطيع أن يقرأه.</translation>
    </message>
    <message>
        <source>Type where to save it, for example %1</source>
        <translation>اكتب أين تريد أن تحفظه، مثلًا %1</translation>
    </message>
    <message>
        <source>Where to save the calendar file</source>
        <translation>مكان حفظ ملف التقويم</translation>
    </message>
    <message>
        <source>Write only &quot;Deadline&quot; and &quot;Appointment&quot;, without details, so a locked phone shows nothing about your case</source>
        <translation>اكتب فقط «مهلة» و«موعد»، بدون تفاصيل، حتى لا يُظهر الهاتف المقفل أيّ شيء عن قضيتك</translation>
    </message>
    <message>
        <source>Save calendar file</source>
        <translation>حفظ ملف التقويم</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Save the steps of this procedure as a PDF file in the language you are reading, with the time limits, the sources and the date it was checked. Print it or give it to someone. It holds nothing from your notes and none of your own dates.</source>
        <translation>احفظ خطوات هذه الإجراءات كملف PDF باللغة التي تقرأ بها، مع المُهَل والمصادر وتاريخ المراجعة. اطبعه أو أعطه لشخص ما. لا يحتوي الملف على أيّ شيء من ملاحظاتك، ولا على أيّ تاريخ من تواريخك.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There is no information on this topic yet.</source>
        <translation>لا توجد معلومات عن هذا الموضوع بعد.</translation>
    </message>
</context>
<context>
    <name>VaultLockedNotice</name>
    <message>
        <source>You have no private notes on this phone yet.</source>
        <translation>ليست لديك ملاحظات خاصة على هذا الهاتف بعد.</translation>
    </message>
    <message>
        <source>Unlock your notes first</source>
        <translation>افتح قفل ملاحظاتك أولًا</translation>
    </message>
    <message>
        <source>Go to My notes</source>
        <translation>اذهب إلى «ملاحظاتي»</translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <source>My notes</source>
        <translation>ملاحظاتي</translation>
    </message>
    <message>
        <source>Your notes are locked.</source>
        <translation>ملاحظاتك مقفلة.</translation>
    </message>
    <message>
        <source>Your notes are open.</source>
        <translation>ملاحظاتك مفتوحة.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Lock my notes</source>
        <translation>قفل ملاحظاتي</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>خروج سريع</translation>
    </message>
    <message>
        <source>Quick exit: lock my notes and close the app at once</source>
        <translation>خروج سريع: قفل ملاحظاتي وإغلاق التطبيق فورًا</translation>
    </message>
    <message>
        <source>Your passphrase is too short. Use at least %1 characters.</source>
        <translation>عبارة المرور قصيرة جدًا. استعمل %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>عبارتا المرور غير متطابقتين. اكتبهما مرة أخرى.</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>ملاحظات خاصة</translation>
    </message>
    <message>
        <source>Keep private notes about your case. They are locked with a passphrase and stored only on this device, encrypted.</source>
        <translation>احفظ ملاحظات خاصة عن قضيتك. تُقفَل بعبارة مرور، وتُحفظ مشفّرة على هذا الجهاز فقط.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters. A PIN of %1 or more digits works, but a longer passphrase is safer. Do not use your date of birth or your V-number.</source>
        <translation>اختر عبارة مرور من %1 أحرف على الأقل. رمز PIN من %1 أرقام أو أكثر يصلح، لكن عبارة مرور أطول أكثر أمانًا. لا تستعمل تاريخ ميلادك أو الـ V-nummer الخاص بك.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>اكتب عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Create my private notes</source>
        <translation>إنشاء ملاحظاتي الخاصة</translation>
    </message>
    <message>
        <source>Making your vault safe. This takes a few seconds.</source>
        <translation>جارٍ تأمين خزنتك. يأخذ هذا بضع ثوانٍ.</translation>
    </message>
    <message>
        <source>I have a backup from another phone</source>
        <translation>لديّ نسخة احتياطية من هاتف آخر</translation>
    </message>
    <message>
        <source>Type where the backup file is, for example %1, and the passphrase or recovery key that opens it.</source>
        <translation>اكتب مكان ملف النسخة الاحتياطية، مثلًا %1، وعبارة المرور أو مفتاح الاستعادة الذي يفتحه.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>عبارة المرور أو مفتاح الاستعادة</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>استرجاع النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>اكتب المسار الكامل للملف. يبدأ المسار بـ /.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>مفتاح الاستعادة الخاص بك</translation>
    </message>
    <message>
        <source>Write this recovery key on paper and keep it somewhere safe. If you forget your passphrase, it is the only way to open your notes. It will not be shown again.</source>
        <translation>اكتب مفتاح الاستعادة هذا على ورقة، واحفظ الورقة في مكان آمن. إذا نسيت عبارة المرور، فهو الطريقة الوحيدة لفتح ملاحظاتك. لن يظهر مرة أخرى.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاستعادة</translation>
    </message>
    <message>
        <source>I wrote it down</source>
        <translation>كتبته</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Open your notes</source>
        <translation>فتح ملاحظاتك</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you made your notes. Spaces and dashes do not matter.</source>
        <translation>اكتب مفتاح الاستعادة الذي كتبته عندما أنشأت ملاحظاتك. المسافات والشَّرطات لا تهمّ.</translation>
    </message>
    <message>
        <source>Type your passphrase to open your notes.</source>
        <translation>اكتب عبارة المرور لتفتح ملاحظاتك.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Unlock my notes</source>
        <translation>فتح قفل ملاحظاتي</translation>
    </message>
    <message>
        <source>Opening your notes. This takes a few seconds.</source>
        <translation>جارٍ فتح ملاحظاتك. يأخذ هذا بضع ثوانٍ.</translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation>استعمال مفتاح الاستعادة بدلًا من ذلك</translation>
    </message>
    <message>
        <source>After your notes are open, choose a new passphrase in Vault settings.</source>
        <translation>بعد أن تُفتح ملاحظاتك، اختر عبارة مرور جديدة في «إعدادات الخزنة».</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <source>My case</source>
        <translation>قضيتي</translation>
    </message>
    <message>
        <source>My case: V-number, case worker, lawyer and procedure</source>
        <translation>قضيتي: الـ V-nummer، والموظف المسؤول عن ملفك، والمحامي، والإجراءات</translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation>إعدادات الخزنة</translation>
    </message>
    <message>
        <source>Search your notes</source>
        <translation>ابحث في ملاحظاتك</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>No notes yet. Write down what happened at your interview, names, dates, questions for your lawyer.</source>
        <translation>لا توجد ملاحظات بعد. اكتب ما حدث في مقابلتك، والأسماء، والتواريخ، وأسئلتك لمحاميك.</translation>
    </message>
    <message>
        <source>No notes contain “%1”.</source>
        <translation>لا توجد ملاحظات فيها «%1».</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>ملاحظة بلا عنوان</translation>
    </message>
    <message>
        <source>Changed %1 · %2</source>
        <translation>عُدّلت في %1 · %2</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>عُدّلت في %1</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>وثائقي</translation>
    </message>
    <message>
        <source>My documents: photos and PDFs of letters</source>
        <translation>وثائقي: صور الرسائل وملفات PDF</translation>
    </message>
</context>
<context>
    <name>VaultSettingsPage</name>
    <message>
        <source>Vault settings</source>
        <translation>إعدادات الخزنة</translation>
    </message>
    <message>
        <source>Working on your vault. This can take a few seconds.</source>
        <translation>جارٍ العمل على خزنتك. قد يأخذ هذا بضع ثوانٍ.</translation>
    </message>
    <message>
        <source>Your passphrase is too short. Use at least %1 characters.</source>
        <translation>عبارة المرور قصيرة جدًا. استعمل %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>عبارتا المرور غير متطابقتين. اكتبهما مرة أخرى.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>اكتب المسار الكامل للملف. يبدأ المسار بـ /.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Your notes stay as they are. Your recovery key keeps working.</source>
        <translation>تبقى ملاحظاتك كما هي. ويبقى مفتاح الاستعادة صالحًا.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>اكتب عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a few seconds.</source>
        <translation>جارٍ تغيير عبارة المرور. يأخذ هذا بضع ثوانٍ.</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>القفل التلقائي</translation>
    </message>
    <message>
        <source>Your notes lock when you leave the app, and after this many minutes without use:</source>
        <translation>تُقفَل ملاحظاتك عندما تخرج من التطبيق، وبعد هذا العدد من الدقائق بدون استعمال:</translation>
    </message>
    <message>
        <source>Minutes without use before your notes lock</source>
        <translation>عدد الدقائق بدون استعمال قبل أن تُقفَل ملاحظاتك</translation>
    </message>
    <message numerus="yes">
        <source>minutes</source>
        <translation>
            <numerusform>دقيقة</numerusform>
            <numerusform>دقيقة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>دقائق</numerusform>
            <numerusform>دقيقة</numerusform>
            <numerusform>دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>حفظ نسخة احتياطية</translation>
    </message>
    <message>
        <source>A backup is a copy of your vault that stays encrypted. Save it on a memory card or USB stick to move your notes to a new phone. It opens with the passphrase you have now, or with your recovery key.</source>
        <translation>النسخة الاحتياطية هي نسخة من خزنتك تبقى مشفّرة. احفظها على بطاقة ذاكرة أو فلاشة USB لتنقل ملاحظاتك إلى هاتف جديد. تُفتح بعبارة المرور التي لديك الآن، أو بمفتاح الاستعادة.</translation>
    </message>
    <message>
        <source>Type where to save it, for example %1</source>
        <translation>اكتب أين تريد أن تحفظها، مثلًا %1</translation>
    </message>
    <message>
        <source>Where to save the backup</source>
        <translation>مكان حفظ النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Save backup</source>
        <translation>حفظ النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Saving the backup.</source>
        <translation>جارٍ حفظ النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restoring a backup replaces the notes on this phone with the notes in the backup. Type where the backup file is, and the passphrase or recovery key that opens it.</source>
        <translation>استرجاع نسخة احتياطية يستبدل الملاحظات الموجودة على هذا الهاتف بالملاحظات الموجودة في النسخة الاحتياطية. اكتب مكان ملف النسخة الاحتياطية، وعبارة المرور أو مفتاح الاستعادة الذي يفتحه.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>عبارة المرور أو مفتاح الاستعادة</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>استرجاع النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Delete my vault</source>
        <translation>حذف خزنتي</translation>
    </message>
    <message>
        <source>Deletes all your notes and case details from this phone.</source>
        <translation>يحذف كل ملاحظاتك وتفاصيل قضيتك من هذا الهاتف.</translation>
    </message>
    <message>
        <source>Replace your notes?</source>
        <translation>استبدال ملاحظاتك؟</translation>
    </message>
    <message>
        <source>The notes and case details on this phone will be replaced by those in the backup. You cannot undo this.</source>
        <translation>ستُستبدل الملاحظات وتفاصيل القضية الموجودة على هذا الهاتف بتلك الموجودة في النسخة الاحتياطية. لا يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete your vault?</source>
        <translation>حذف خزنتك؟</translation>
    </message>
    <message>
        <source>All your notes and case details will be deleted from this phone. This cannot be undone, not even with the recovery key. Backups you saved somewhere else are not deleted.</source>
        <translation>ستُحذف كل ملاحظاتك وتفاصيل قضيتك من هذا الهاتف. لا يمكن التراجع عن ذلك، ولا حتى بمفتاح الاستعادة. النسخ الاحتياطية التي حفظتها في مكان آخر لا تُحذف.</translation>
    </message>
    <message>
        <source>To confirm, type %1</source>
        <translation>للتأكيد، اكتب %1</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>اكتب %1 للتأكيد</translation>
    </message>
    <message>
        <source>Keep my vault</source>
        <translation>إبقاء خزنتي</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>حذف نهائيًا</translation>
    </message>
    <message>
        <source>Your vault was deleted from this phone.</source>
        <translation>حُذفت خزنتك من هذا الهاتف.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>While your notes are open, the app reminds you of your deadlines 7 days, 2 days and 1 day before and on the last day, and of your appointments 1 day and 2 hours before. While your notes are locked, there are no reminders. Your reminders are also listed under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</source>
        <translation>عندما تكون ملاحظاتك مفتوحة، يذكّرك التطبيق بمُهَلك قبل 7 أيام ويومين ويوم واحد، وفي اليوم الأخير، ويذكّرك بمواعيدك قبل يوم واحد وقبل ساعتين. عندما تكون ملاحظاتك مقفلة، لا توجد تذكيرات. تجد تذكيراتك أيضًا في «القادم» في صفحة «إجراءاتك».</translation>
    </message>
    <message>
        <source>Show details in reminders</source>
        <translation>إظهار التفاصيل في التذكيرات</translation>
    </message>
    <message>
        <source>Reminders say which deadline or appointment it is. Anyone who sees your screen, even when it is locked, can read it.</source>
        <translation>تقول التذكيرات أيّ مهلة أو أيّ موعد. أيّ شخص يرى شاشتك يستطيع أن يقرأها، حتى عندما تكون مقفلة.</translation>
    </message>
    <message>
        <source>Reminders only say &quot;You have a deadline in 2 days&quot;, not which one, so a locked screen shows nothing about your case.</source>
        <translation>تقول التذكيرات فقط «لديك مهلة تنتهي بعد يومين»، ولا تقول أيّ مهلة، لذلك لا تُظهر الشاشة المقفلة أيّ شيء عن قضيتك.</translation>
    </message>
    <message>
        <source>This device did not show a reminder as a notification. You find your reminders under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</source>
        <translation>لم يُظهر هذا الجهاز التذكير كإشعار. تجد تذكيراتك في «القادم» في صفحة «إجراءاتك».</translation>
    </message>
    <message>
        <source>The app remembers which reminders it has shown only until you close it. After a restart, a reminder of the last 24 hours can show once more.</source>
        <translation>يتذكّر التطبيق التذكيرات التي أظهرها فقط إلى أن تغلقه. بعد إعادة التشغيل، قد يظهر تذكير من آخر 24 ساعة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>rc::contacts::OpeningHours</name>
    <message>
        <source>Opens today at %1</source>
        <translation>يفتح اليوم الساعة %1</translation>
    </message>
    <message>
        <source>Opens tomorrow at %1</source>
        <translation>يفتح غدًا الساعة %1</translation>
    </message>
    <message>
        <source>Opens %1 at %2</source>
        <extracomment>%1 is a day (&quot;Monday&quot;) or a date (&quot;Thursday 8 January&quot;), %2 a time (&quot;09:00&quot;)</extracomment>
        <translation>يفتح يوم %1 الساعة %2</translation>
    </message>
    <message>
        <source>Open now, until midnight</source>
        <translation>مفتوح الآن، حتى منتصف الليل</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>مفتوح الآن، حتى الساعة %1</translation>
    </message>
    <message>
        <source>Open now, until tomorrow at %1</source>
        <translation>مفتوح الآن، حتى الغد الساعة %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <extracomment>%1 is a day (&quot;Monday&quot;) or a date (&quot;Thursday 8 January&quot;), %2 a time (&quot;09:00&quot;)</extracomment>
        <translation>مفتوح الآن، حتى يوم %1 الساعة %2</translation>
    </message>
    <message>
        <source>Open 24 hours, every day</source>
        <translation>مفتوح 24 ساعة، كل يوم</translation>
    </message>
    <message>
        <source>Not open on any day</source>
        <translation>لا يفتح في أيّ يوم</translation>
    </message>
    <message>
        <source>Closed today (public holiday). %1</source>
        <extracomment>%1 says when it opens next, e.g. &quot;Opens tomorrow at 09:00&quot;</extracomment>
        <translation>مغلق اليوم (عطلة رسمية). %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactDetails</name>
    <message>
        <source>Call %1</source>
        <translation>اتصل بـ %1</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>طوارئ</translation>
    </message>
    <message>
        <source>Only from a Dutch phone number</source>
        <translation>فقط من رقم هاتف هولندي</translation>
    </message>
    <message>
        <source>WhatsApp %1</source>
        <translation>واتساب %1</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>أرسل بريدًا إلكترونيًا إلى %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>الموقع الإلكتروني: %1</translation>
    </message>
    <message>
        <source>This organisation is not in the installed information.</source>
        <translation>هذه المنظمة غير موجودة في المعلومات المثبَّتة.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>اكتب المسار الكامل للملف. يبدأ المسار بـ /.</translation>
    </message>
    <message>
        <source>The contact card could not be saved at %1: %2</source>
        <translation>تعذّر حفظ بطاقة جهة الاتصال في %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactListModel</name>
    <message>
        <source>Across the Netherlands</source>
        <translation>في كل هولندا</translation>
    </message>
    <message>
        <source>In a region or town</source>
        <translation>في منطقة أو مدينة</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>كل المواضيع</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>أيّ لغة</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactTexts</name>
    <message>
        <source>Legal help</source>
        <translation>مساعدة قانونية</translation>
    </message>
    <message>
        <source>Support during the procedure</source>
        <translation>الدعم خلال الإجراءات</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>الصحة النفسية</translation>
    </message>
    <message>
        <source>LGBTIQ+</source>
        <translation>مجتمع الميم (LGBTIQ+)</translation>
    </message>
    <message>
        <source>Violence against women and girls</source>
        <translation>العنف ضد النساء والفتيات</translation>
    </message>
    <message>
        <source>Human trafficking</source>
        <translation>الاتجار بالبشر</translation>
    </message>
    <message>
        <source>Children on their own</source>
        <translation>أطفال بدون أهل</translation>
    </message>
    <message>
        <source>Finding family members</source>
        <translation>البحث عن أفراد العائلة</translation>
    </message>
    <message>
        <source>Going back</source>
        <translation>العودة إلى بلدك</translation>
    </message>
    <message>
        <source>Without papers</source>
        <translation>بدون أوراق</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>حالات الطوارئ</translation>
    </message>
    <message>
        <source>Across the Netherlands</source>
        <translation>في كل هولندا</translation>
    </message>
    <message>
        <source>Hours not known: check the website</source>
        <translation>ساعات العمل غير معروفة: انظر الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>ساعات العمل غير معروفة</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContentUpdates</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Download progress, e.g. &quot;120 KB of 300 KB&quot;</extracomment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>This web address is not valid. Type it like https://example.org/content/.</source>
        <translation>عنوان الإنترنت هذا غير صحيح. اكتبه هكذا: https://example.org/content/.</translation>
    </message>
    <message>
        <source>Type a web address starting with https://, or the full path of a folder, starting with /.</source>
        <translation>اكتب عنوان إنترنت يبدأ بـ https://، أو المسار الكامل لمجلّد، يبدأ بـ /.</translation>
    </message>
    <message>
        <source>This mirror is already in the list.</source>
        <translation>مصدر التحديث هذا موجود في القائمة من قبل.</translation>
    </message>
    <message>
        <source>Content updates are not available here.</source>
        <translation>تحديثات المعلومات غير متوفّرة هنا.</translation>
    </message>
    <message>
        <source>Add a mirror first: a USB stick or folder with a copy of the information, or the web address your organisation gave you.</source>
        <translation>أضِف مصدر تحديث أولًا: فلاشة USB أو مجلّدًا فيه نسخة من المعلومات، أو عنوان الإنترنت الذي أعطتك إياه منظمتك.</translation>
    </message>
    <message>
        <source>The app cannot tell whether this connection costs money, so the web mirrors were not used. Turn off &quot;Only on unmetered networks&quot; to use them anyway.</source>
        <translation>لا يستطيع التطبيق أن يعرف هل هذا الاتصال يكلّف مالًا، لذلك لم تُستعمل مصادر التحديث على الإنترنت. أوقِف «فقط على الشبكات غير المحدودة» لتستعملها رغم ذلك.</translation>
    </message>
    <message>
        <source>This device is not connected to a network, so the web mirrors were not used.</source>
        <translation>هذا الجهاز غير متّصل بشبكة، لذلك لم تُستعمل مصادر التحديث على الإنترنت.</translation>
    </message>
    <message>
        <source>This connection may cost money (it is metered), so the web mirrors were not used.</source>
        <translation>قد يكلّف هذا الاتصال مالًا (هو اتصال محدود)، لذلك لم تُستعمل مصادر التحديث على الإنترنت.</translation>
    </message>
    <message>
        <source>The information was updated.</source>
        <translation>تم تحديث المعلومات.</translation>
    </message>
    <message>
        <source>The information is up to date.</source>
        <translation>المعلومات محدَّثة.</translation>
    </message>
    <message>
        <source>This copy of the information is older than what you already have. It was ignored, and nothing changed.</source>
        <translation>هذه النسخة من المعلومات أقدم من التي لديك. تم تجاهلها، ولم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>A mirror offered older information than what you already have. It was refused, and nothing changed.</source>
        <translation>قدّم أحد مصادر التحديث معلومات أقدم من التي لديك. تم رفضها، ولم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The information on the mirror has expired: the mirror is no longer kept up to date, or someone is holding back updates. Nothing changed.</source>
        <translation>انتهت صلاحية المعلومات في مصدر التحديث: إمّا أن المصدر لم يعد يُحدَّث، أو أن شخصًا ما يمنع وصول التحديثات. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The mirror could not be read: it cannot be reached, or it holds no copy of the information. Nothing changed.</source>
        <translation>تعذّرت قراءة مصدر التحديث: لا يمكن الوصول إليه، أو لا توجد فيه نسخة من المعلومات. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The information could not be updated on this device. Nothing changed.</source>
        <translation>تعذّر تحديث المعلومات على هذا الجهاز. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The information on the mirror is not correctly signed by your distributor. It was refused, and nothing changed.</source>
        <translation>المعلومات في مصدر التحديث غير موقَّعة بشكل صحيح من الجهة التي وزّعت التطبيق. تم رفضها، ولم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>This copy is older than its signatures allow, but nothing in it is older than what you had, so it was used.</source>
        <translation>هذه النسخة أقدم ممّا تسمح به تواقيعها، لكن لا شيء فيها أقدم ممّا كان لديك، لذلك استُعملت.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>التفاصيل: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::DocumentsModel</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>لا يوجد ملف في %1.</translation>
    </message>
    <message>
        <source>Only photos and PDF files can be kept here.</source>
        <translation>يمكنك أن تحفظ هنا الصور وملفات PDF فقط.</translation>
    </message>
</context>
<context>
    <name>rc::ui::Handout</name>
    <message>
        <source>No content is installed, so there is nothing to print.</source>
        <translation>لا توجد معلومات مثبَّتة، لذلك لا يوجد شيء للطباعة.</translation>
    </message>
    <message>
        <source>This article is not installed. Update the content and try again.</source>
        <translation>هذا المقال غير مثبَّت. حدِّث المعلومات وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This procedure is not installed. Update the content and try again.</source>
        <translation>هذه الإجراءات غير مثبَّتة. حدِّث المعلومات وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>من يحضر</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>كم تستغرق</translation>
    </message>
    <message>
        <source>What to prepare</source>
        <translation>ماذا تحضّر</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>حقوقك</translation>
    </message>
    <message>
        <source>Time limit: %1. Ask your lawyer at once how much time you have.</source>
        <translation>المهلة: %1. اسأل محاميك فورًا كم لديك من الوقت.</translation>
    </message>
    <message>
        <source>Time limit: %1, %2.</source>
        <translation>المهلة: %1، %2.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>الأساس القانوني: %1</translation>
    </message>
    <message>
        <source>This contact is not installed. Update the content and try again.</source>
        <translation>جهة الاتصال هذه غير مثبَّتة. حدِّث المعلومات وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>ساعات العمل:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Only from a Dutch phone number</source>
        <translation>فقط من رقم هاتف هولندي</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>اكتب المسار الكامل للملف. يبدأ المسار بـ /.</translation>
    </message>
    <message>
        <source>%1 is a folder. Type a file name at the end, for example handout.pdf.</source>
        <translation>%1 مجلّد. اكتب اسم ملف في آخره، مثلًا handout.pdf.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that exists, or create it first.</source>
        <translation>المجلّد %1 غير موجود. اختر مجلّدًا موجودًا، أو أنشئه أولًا.</translation>
    </message>
    <message>
        <source>Scan to get %1 and read more in the app:</source>
        <translation>امسح الرمز لتحصل على %1 وتقرأ المزيد في التطبيق:</translation>
    </message>
    <message>
        <source>Scan to open the source on a phone:</source>
        <translation>امسح الرمز لتفتح المصدر على هاتف:</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>لم يُترجَم بعد إلى %1. أنت تقرأ النص بلغة %2.</translation>
    </message>
    <message>
        <source>Machine translation, not yet checked by a person</source>
        <translation>ترجمة آلية، لم يراجعها إنسان بعد</translation>
    </message>
    <message>
        <source>This translation may be out of date</source>
        <translation>قد تكون هذه الترجمة قديمة</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>القانون في هذا الموضوع يتغيّر. اسأل محاميك أو VluchtelingenWerk عمّا ينطبق عليك.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>آخر مراجعة: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>تاريخ الطباعة: %1</translation>
    </message>
    <message>
        <source>Could not save the handout to %1: %2</source>
        <translation>تعذّر حفظ ورقة المعلومات في %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::KioskController</name>
    <message>
        <source>Leave kiosk mode before you change the PIN.</source>
        <translation>اخرج من وضع الكمبيوتر المشترك قبل أن تغيّر رمز PIN.</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation>يجب أن يكون عدد أرقام رمز PIN من %1 إلى %2.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>رمزا PIN غير متطابقين. اكتبهما مرة أخرى.</translation>
    </message>
    <message>
        <source>The PIN could not be stored. Close other apps and try again.</source>
        <translation>تعذّر حفظ رمز PIN. أغلق التطبيقات الأخرى وحاول مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>كُتب رمز PIN خاطئ مرات كثيرة جدًا. انتظر %n ثانية، ثم حاول مرة أخرى.</numerusform>
            <numerusform>كُتب رمز PIN خاطئ مرات كثيرة جدًا. انتظر %n ثانية، ثم حاول مرة أخرى.</numerusform>
            <numerusform>كُتب رمز PIN خاطئ مرات كثيرة جدًا. انتظر %n ثانيتين، ثم حاول مرة أخرى.</numerusform>
            <numerusform>كُتب رمز PIN خاطئ مرات كثيرة جدًا. انتظر %n ثوانٍ، ثم حاول مرة أخرى.</numerusform>
            <numerusform>كُتب رمز PIN خاطئ مرات كثيرة جدًا. انتظر %n ثانيةً، ثم حاول مرة أخرى.</numerusform>
            <numerusform>كُتب رمز PIN خاطئ مرات كثيرة جدًا. انتظر %n ثانية، ثم حاول مرة أخرى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>رمز PIN هذا غير صحيح. انتظر %n ثانية، ثم حاول مرة أخرى.</numerusform>
            <numerusform>رمز PIN هذا غير صحيح. انتظر %n ثانية، ثم حاول مرة أخرى.</numerusform>
            <numerusform>رمز PIN هذا غير صحيح. انتظر %n ثانيتين، ثم حاول مرة أخرى.</numerusform>
            <numerusform>رمز PIN هذا غير صحيح. انتظر %n ثوانٍ، ثم حاول مرة أخرى.</numerusform>
            <numerusform>رمز PIN هذا غير صحيح. انتظر %n ثانيةً، ثم حاول مرة أخرى.</numerusform>
            <numerusform>رمز PIN هذا غير صحيح. انتظر %n ثانية، ثم حاول مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>رمز PIN هذا غير صحيح.</translation>
    </message>
</context>
<context>
    <name>rc::ui::LanShareController</name>
    <message>
        <source>Sharing stops by itself in %1.</source>
        <extracomment>%1 is minutes and seconds, e.g. 29:59</extracomment>
        <translation>تتوقّف المشاركة وحدها بعد %1.</translation>
    </message>
    <message>
        <source>This computer does not seem to be connected to a local network (Wi-Fi or cable). Connect it to the same network as the phones, then stop and start sharing again.</source>
        <translation>يبدو أن هذا الكمبيوتر غير متّصل بشبكة محلية (واي فاي أو كابل). وصّله بالشبكة نفسها التي تتّصل بها الهواتف، ثم أوقِف المشاركة وابدأها من جديد.</translation>
    </message>
    <message>
        <source>Sharing stopped by itself. Start it again if more phones need the information.</source>
        <translation>توقّفت المشاركة وحدها. ابدأها من جديد إذا كانت هواتف أخرى تحتاج إلى المعلومات.</translation>
    </message>
    <message>
        <source>Sharing stopped.</source>
        <translation>توقّفت المشاركة.</translation>
    </message>
</context>
<context>
    <name>rc::ui::LanguageController</name>
    <message>
        <source>This language is not known to the app.</source>
        <translation>التطبيق لا يعرف هذه اللغة.</translation>
    </message>
    <message>
        <source>The interface is not available in %1 on this device. It is shown in %2.</source>
        <extracomment>%1 is the name of a language in that language, e.g. &quot;Nederlands&quot;.</extracomment>
        <translation>واجهة التطبيق غير متوفّرة بلغة %1 على هذا الجهاز. تظهر بلغة %2.</translation>
    </message>
    <message>
        <source>Gregorian calendar</source>
        <translation>التقويم الميلادي</translation>
    </message>
    <message>
        <source>Solar Hijri calendar</source>
        <translation>التقويم الهجري الشمسي</translation>
    </message>
    <message>
        <source>Ethiopian calendar</source>
        <translation>التقويم الإثيوبي</translation>
    </message>
</context>
<context>
    <name>rc::ui::MyDeadlinesModel</name>
    <message>
        <source>Deadlines cannot be counted: the deadline data of this app is damaged (%1). Ask your lawyer for every deadline.</source>
        <translation>لا يمكن حساب المُهَل: بيانات المُهَل في هذا التطبيق تالفة (%1). اسأل محاميك عن كل مهلة.</translation>
    </message>
    <message>
        <source>Registration (asylum application)</source>
        <translation>التسجيل (طلب اللجوء)</translation>
    </message>
    <message>
        <source>Detailed interview</source>
        <translation>المقابلة المفصّلة</translation>
    </message>
    <message>
        <source>Intention to reject received</source>
        <translation>وصول نيّة الرفض (voornemen)</translation>
    </message>
    <message>
        <source>View on the intention sent</source>
        <translation>إرسال الردّ على النيّة (zienswijze)</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>إرسال القرار (beschikking)</translation>
    </message>
    <message>
        <source>Residence permit granted</source>
        <translation>منح تصريح الإقامة</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>تقديم الطعن (beroep)</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>جلسة المحكمة</translation>
    </message>
    <message>
        <source>Open your notes first.</source>
        <translation>افتح ملاحظاتك أولًا.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>اكتب المسار الكامل للملف. يبدأ المسار بـ /.</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>آخر يوم: %1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>مهلة</translation>
    </message>
    <message>
        <source>Appointment at %1</source>
        <extracomment>%1 is a time of day, e.g. 14:30</extracomment>
        <translation>موعد في الساعة %1</translation>
    </message>
    <message>
        <source>Counted from %1 (%2).</source>
        <translation>محسوبة من %1 (%2).</translation>
    </message>
    <message>
        <source>A lawyer must confirm this deadline.</source>
        <translation>يجب أن يؤكّد المحامي هذه المهلة.</translation>
    </message>
    <message>
        <source>There is nothing to export: no deadlines or appointments from today on.</source>
        <translation>لا يوجد شيء للتصدير: لا توجد مُهَل أو مواعيد من اليوم فصاعدًا.</translation>
    </message>
    <message>
        <source>The calendar could not be made: %1</source>
        <translation>تعذّر إنشاء التقويم: %1</translation>
    </message>
    <message>
        <source>The calendar could not be saved at %1: %2</source>
        <translation>تعذّر حفظ التقويم في %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReadAloud</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Sentence %1 of %2</source>
        <translation>الجملة %1 من %2</translation>
    </message>
    <message>
        <source>The device&apos;s voice stopped with an error: %1</source>
        <translation>توقّف صوت الجهاز بسبب خطأ: %1</translation>
    </message>
    <message>
        <source>The recording of this article could not be read.</source>
        <translation>تعذّرت قراءة التسجيل الصوتي لهذا المقال.</translation>
    </message>
    <message>
        <source>The recording cannot be played on this device: %1</source>
        <translation>لا يمكن تشغيل التسجيل الصوتي على هذا الجهاز: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReminderScheduler</name>
    <message>
        <source>You have a deadline today</source>
        <translation>لديك مهلة تنتهي اليوم</translation>
    </message>
    <message>
        <source>You have a deadline tomorrow</source>
        <translation>لديك مهلة تنتهي غدًا</translation>
    </message>
    <message numerus="yes">
        <source>You have a deadline in %n days</source>
        <extracomment>Reminder on a locked screen: it must not say which deadline. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>لديك مهلة تنتهي بعد %n يوم</numerusform>
            <numerusform>لديك مهلة تنتهي بعد %n يوم</numerusform>
            <numerusform>لديك مهلة تنتهي بعد %n يومين</numerusform>
            <numerusform>لديك مهلة تنتهي بعد %n أيام</numerusform>
            <numerusform>لديك مهلة تنتهي بعد %n يومًا</numerusform>
            <numerusform>لديك مهلة تنتهي بعد %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have an appointment in %n days</source>
        <extracomment>Reminder on a locked screen: it must not say which appointment. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>لديك موعد بعد %n يوم</numerusform>
            <numerusform>لديك موعد بعد %n يوم</numerusform>
            <numerusform>لديك موعد بعد %n يومين</numerusform>
            <numerusform>لديك موعد بعد %n أيام</numerusform>
            <numerusform>لديك موعد بعد %n يومًا</numerusform>
            <numerusform>لديك موعد بعد %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>You have an appointment tomorrow</source>
        <translation>لديك موعد غدًا</translation>
    </message>
    <message numerus="yes">
        <source>You have an appointment in %n hours</source>
        <extracomment>Reminder on a locked screen. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>لديك موعد بعد %n ساعة</numerusform>
            <numerusform>لديك موعد بعد %n ساعة</numerusform>
            <numerusform>لديك موعد بعد %n ساعتين</numerusform>
            <numerusform>لديك موعد بعد %n ساعات</numerusform>
            <numerusform>لديك موعد بعد %n ساعةً</numerusform>
            <numerusform>لديك موعد بعد %n ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>You have an appointment in less than 2 hours</source>
        <translation>لديك موعد بعد أقلّ من ساعتين</translation>
    </message>
    <message numerus="yes">
        <source>You have %n deadlines this week</source>
        <extracomment>One notification for several reminders the app could not show while the vault was locked. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>لديك %n مهلة هذا الأسبوع</numerusform>
            <numerusform>لديك %n مهلة هذا الأسبوع</numerusform>
            <numerusform>لديك %n مهلتان هذا الأسبوع</numerusform>
            <numerusform>لديك %n مُهَل هذا الأسبوع</numerusform>
            <numerusform>لديك %n مهلةً هذا الأسبوع</numerusform>
            <numerusform>لديك %n مهلة هذا الأسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n appointments this week</source>
        <extracomment>%n is 2 or more.</extracomment>
        <translation>
            <numerusform>لديك %n موعد هذا الأسبوع</numerusform>
            <numerusform>لديك %n موعد هذا الأسبوع</numerusform>
            <numerusform>لديك %n موعدان هذا الأسبوع</numerusform>
            <numerusform>لديك %n مواعيد هذا الأسبوع</numerusform>
            <numerusform>لديك %n موعدًا هذا الأسبوع</numerusform>
            <numerusform>لديك %n موعد هذا الأسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n deadlines and appointments this week</source>
        <extracomment>%n (the deadlines and appointments together) is 2 or more.</extracomment>
        <translation>
            <numerusform>لديك %n من المُهَل والمواعيد هذا الأسبوع</numerusform>
            <numerusform>لديك %n من المُهَل والمواعيد هذا الأسبوع</numerusform>
            <numerusform>لديك %n من المُهَل والمواعيد هذا الأسبوع</numerusform>
            <numerusform>لديك %n من المُهَل والمواعيد هذا الأسبوع</numerusform>
            <numerusform>لديك %n من المُهَل والمواعيد هذا الأسبوع</numerusform>
            <numerusform>لديك %n من المُهَل والمواعيد هذا الأسبوع</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: last day %2</source>
        <extracomment>%1 is what the deadline is for (e.g. Appeal to the court), %2 its last day.</extracomment>
        <translation>%1: آخر يوم %2</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <extracomment>%1 is the appointment&apos;s title, %2 its day, %3 its time.</extracomment>
        <translation>%1: %2 الساعة %3</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>تذكير</translation>
    </message>
</context>
<context>
    <name>rc::ui::VaultController</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>استعمل %n حرف على الأقل.</numerusform>
            <numerusform>استعمل %n حرف على الأقل.</numerusform>
            <numerusform>استعمل %n حرفين على الأقل.</numerusform>
            <numerusform>استعمل %n أحرف على الأقل.</numerusform>
            <numerusform>استعمل %n حرفًا على الأقل.</numerusform>
            <numerusform>استعمل %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>عبارتا المرور غير متطابقتين. اكتبهما مرة أخرى.</translation>
    </message>
    <message>
        <source>This is not a recovery key. It has 32 letters and digits in groups of four.</source>
        <translation>هذا ليس مفتاح استعادة. مفتاح الاستعادة فيه 32 حرفًا ورقمًا، في مجموعات من أربعة.</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Your recovery key still works.</source>
        <translation>تم تغيير عبارة المرور. مفتاح الاستعادة ما زال صالحًا.</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>اختر أين تحفظ النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>تم استرجاع النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The vault file could not be deleted. Try again, or delete the app&apos;s data.</source>
        <translation>تعذّر حذف ملف الخزنة. حاول مرة أخرى، أو احذف بيانات التطبيق.</translation>
    </message>
    <message>
        <source>Your vault was deleted.</source>
        <translation>حُذفت خزنتك.</translation>
    </message>
    <message>
        <source>Backup saved, with your documents. It opens with your passphrase or your recovery key.</source>
        <translation>تم حفظ النسخة الاحتياطية مع وثائقك. تُفتح بعبارة المرور أو بمفتاح الاستعادة.</translation>
    </message>
</context>
<context>
    <name>rc::ui::VaultRecordsModel</name>
    <message>
        <source>Choose what happened on this date.</source>
        <translation>اختر ماذا حدث في هذا التاريخ.</translation>
    </message>
    <message>
        <source>This date does not exist. Check the day and the month.</source>
        <translation>هذا التاريخ غير موجود. تحقّق من اليوم والشهر.</translation>
    </message>
    <message>
        <source>Give the appointment a name, for example &quot;Lawyer&quot;.</source>
        <translation>أعطِ الموعد اسمًا، مثلًا «المحامي».</translation>
    </message>
    <message>
        <source>Write the person&apos;s or the organisation&apos;s name.</source>
        <translation>اكتب اسم الشخص أو اسم المنظمة.</translation>
    </message>
    <message>
        <source>This could not be saved. Try again.</source>
        <translation>تعذّر الحفظ. حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>rc::vault</name>
    <message>
        <source>Your private notes were not found on this phone.</source>
        <translation>لم نجد ملاحظاتك الخاصة على هذا الهاتف.</translation>
    </message>
    <message>
        <source>This file does not hold Rights Companion notes. Nothing was changed.</source>
        <translation>هذا الملف لا يحتوي على ملاحظات Rights Companion. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer version of Rights Companion. Update the app to open them. Your notes were not changed.</source>
        <translation>حُفظت ملاحظاتك بإصدار أحدث من Rights Companion. حدِّث التطبيق لتفتحها. لم تتغيّر ملاحظاتك.</translation>
    </message>
    <message>
        <source>This file was changed or damaged, so it cannot be opened. Your notes were not changed.</source>
        <translation>هذا الملف تغيّر أو تلف، لذلك لا يمكن فتحه. لم تتغيّر ملاحظاتك.</translation>
    </message>
    <message>
        <source>The passphrase or recovery key is not right. Check it and try again.</source>
        <translation>عبارة المرور أو مفتاح الاستعادة غير صحيح. تحقّق منه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This phone does not have enough free memory right now. Close other apps and try again. Your notes were not changed.</source>
        <translation>لا توجد في هذا الهاتف الآن ذاكرة فارغة كافية. أغلق التطبيقات الأخرى وحاول مرة أخرى. لم تتغيّر ملاحظاتك.</translation>
    </message>
    <message>
        <source>The phone&apos;s storage could not be read or written (it may be full). The last saved copy of your notes was kept.</source>
        <translation>تعذّرت القراءة من ذاكرة التخزين في الهاتف أو الكتابة فيها (ربما تكون ممتلئة). بقيت آخر نسخة محفوظة من ملاحظاتك كما هي.</translation>
    </message>
    <message>
        <source>This document is too large for Rights Companion to keep or show. Nothing was changed.</source>
        <translation>هذه الوثيقة كبيرة جدًا، فلا يستطيع Rights Companion أن يحفظها أو يعرضها. لم يتغيّر شيء.</translation>
    </message>
</context>
</TS>
