<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF">
<context>
    <name>ArticlePage</name>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>Save this article as a PDF file in the language you are reading, with its sources, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</source>
        <translation>این مقاله را به شکل فایل PDF به همان زبانی که می‌خوانید ذخیره کنید، همراه با منابع، تاریخ بررسی و یک کود QR. آن را چاپ کنید یا به کسی بدهید. هیچ چیزی از یادداشت‌های شما در آن نیست.</translation>
    </message>
    <message>
        <source>Listen to this article</source>
        <translation>شنیدن این مقاله</translation>
    </message>
    <message>
        <source>A recorded reading in %1.</source>
        <translation>آواز ثبت‌شده به زبان %1.</translation>
    </message>
    <message>
        <source>Read by your device&apos;s voice in %1. It may say some words wrongly.</source>
        <translation>با آواز دستگاه شما به زبان %1 خوانده می‌شود. شاید بعضی کلمه‌ها را غلط بگوید.</translation>
    </message>
    <message>
        <source>There is no recording of this article in %1, and this device has no voice for %1.</source>
        <translation>آواز ثبت‌شدهٔ این مقاله به زبان %1 وجود ندارد، و این دستگاه آواز زبان %1 را ندارد.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>توقف موقت</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>پخش</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>از اول</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>آهسته‌تر</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>سرعت عادی</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>سریع‌تر</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>خیلی سریع‌تر</translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation>سرعت: %1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>جای پخش: %1</translation>
    </message>
    <message>
        <source>Listen in English</source>
        <translation>شنیدن به انگلیسی</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>This article is not available. It may have been removed in a content update.</source>
        <translation>این مقاله موجود نیست. شاید در یک به‌روزرسانی معلومات حذف شده باشد.</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>آخرین بررسی: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the English text.</source>
        <translation>هنوز به زبان %1 ترجمه نشده است. شما متن انگلیسی را می‌خوانید.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>هنوز به زبان %1 ترجمه نشده است. شما متن را به زبان %2 می‌خوانید.</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>قانون در این مورد در حال تغییر است. از وکیل خود یا VluchtelingenWerk بپرسید که چه چیزی برای شما صدق می‌کند.</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>چه چیزی تغییر می‌کند</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>This organisation is not in the installed information. It may have been removed in a content update.</source>
        <translation>این مؤسسه در معلومات نصب‌شده نیست. شاید در یک به‌روزرسانی معلومات حذف شده باشد.</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>ساعات کاری: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>آدرس: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>کاپی شد</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کاپی</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>کاپی کردن آدرس</translation>
    </message>
    <message>
        <source>Copy the e-mail address</source>
        <translation>کاپی کردن آدرس ایمیل</translation>
    </message>
    <message>
        <source>Copy the number %1</source>
        <translation>کاپی کردن نمبر %1</translation>
    </message>
    <message>
        <source>Give this contact to a phone</source>
        <translation>انتقال معلومات تماس به تیلفون</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera to save the contact.</source>
        <translation>این کود را با کمرهٔ تیلفون سکن کنید تا معلومات تماس ذخیره شود.</translation>
    </message>
    <message>
        <source>QR code of the contact %1</source>
        <translation>کود QR معلومات تماس %1</translation>
    </message>
    <message>
        <source>Where to save the contact card (.vcf)</source>
        <translation>جای ذخیرهٔ کارت تماس (.vcf)</translation>
    </message>
    <message>
        <source>Save contact card</source>
        <translation>ذخیرهٔ کارت تماس</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>مسیر کامل فایل را تایپ کنید. این مسیر با / شروع می‌شود.</translation>
    </message>
    <message>
        <source>Contact card saved.</source>
        <translation>کارت تماس ذخیره شد.</translation>
    </message>
    <message>
        <source>They are not known to speak your language. They speak: %1.</source>
        <translation>تا جایی که ما می‌دانیم، آن‌ها به زبان شما صحبت نمی‌کنند. زبان‌هایی که صحبت می‌کنند: %1.</translation>
    </message>
    <message>
        <source>We do not know which languages they speak.</source>
        <translation>ما نمی‌دانیم که آن‌ها به کدام زبان‌ها صحبت می‌کنند.</translation>
    </message>
    <message>
        <source>You can ask whether they can arrange an interpreter (in Dutch: tolk).</source>
        <translation>می‌توانید بپرسید که آیا آن‌ها برای شما ترجمان گرفته می‌توانند (به هالندی: tolk).</translation>
    </message>
    <message>
        <source>Languages they speak: %1</source>
        <translation>زبان‌هایی که صحبت می‌کنند: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>کجا: %1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>آخرین بررسی: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>Added to your contacts in My case.</source>
        <translation>به مخاطبین شما در «دوسیهٔ من» اضافه شد.</translation>
    </message>
    <message>
        <source>Keep in My case</source>
        <translation>نگه داشتن در «دوسیهٔ من»</translation>
    </message>
    <message>
        <source>Open your notes to keep this organisation among your own contacts, with a note of your own.</source>
        <translation>یادداشت‌های خود را باز کنید تا این مؤسسه را با یک یادداشت از خود، در میان مخاطبین خود نگه دارید.</translation>
    </message>
    <message>
        <source>A note for yourself (optional)</source>
        <translation>یک یادداشت برای خود (اختیاری)</translation>
    </message>
    <message>
        <source>Add to my contacts</source>
        <translation>اضافه کردن به مخاطبین من</translation>
    </message>
    <message>
        <source>Save how to reach this organisation as a PDF file in the language you are reading, with the opening hours, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</source>
        <translation>راه تماس با این مؤسسه را به شکل فایل PDF به همان زبانی که می‌خوانید ذخیره کنید، همراه با ساعات کاری، تاریخ بررسی و یک کود کیوآر. آن را چاپ کنید یا به کسی بدهید. هیچ چیزی از یادداشت‌های شما در آن نیست.</translation>
    </message>
</context>
<context>
    <name>ContentUpdatesPage</name>
    <message>
        <source>Content updates</source>
        <translation>به‌روزرسانی معلومات</translation>
    </message>
    <message>
        <source>Content updates are not available here.</source>
        <translation>به‌روزرسانی معلومات در اینجا موجود نیست.</translation>
    </message>
    <message>
        <source>Content as of %1</source>
        <translation>معلومات تا تاریخ %1</translation>
    </message>
    <message>
        <source>No information is installed yet.</source>
        <translation>هنوز هیچ معلوماتی نصب نشده است.</translation>
    </message>
    <message>
        <source>This information may be out of date: your organisation expected you to have newer information by now. Check for updates when you can.</source>
        <translation>این معلومات شاید به‌روز نباشد: مؤسسهٔ شما انتظار داشت که تا حالا معلومات تازه‌تر داشته باشید. هر وقت توانستید، به‌روزرسانی‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <source>Last check: %1</source>
        <translation>آخرین بررسی: %1</translation>
    </message>
    <message>
        <source>Not checked for updates yet.</source>
        <translation>هنوز به‌روزرسانی‌ها بررسی نشده است.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>حالا بررسی کنید</translation>
    </message>
    <message>
        <source>Add a mirror below to check for updates.</source>
        <translation>برای بررسی به‌روزرسانی‌ها، در پایین یک منبع به‌روزرسانی اضافه کنید.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>پیشرفت دانلود</translation>
    </message>
    <message>
        <source>Checking the mirrors…</source>
        <translation>در حال بررسی منبع‌های به‌روزرسانی…</translation>
    </message>
    <message>
        <source>Mirrors</source>
        <translation>منبع‌های به‌روزرسانی</translation>
    </message>
    <message>
        <source>Places to get updates from, tried in order: a USB stick or a folder with a copy, or a web address your organisation gave you. Whatever a mirror offers is used only if your distributor signed it.</source>
        <translation>جاهایی که به‌روزرسانی از آن‌ها گرفته می‌شود، به ترتیب یکی بعد از دیگری امتحان می‌شوند: یک فلش USB یا فولدری که یک کاپی در آن است، یا یک آدرس انترنتی که مؤسسهٔ شما به شما داده است. هر چیزی که یک منبع به‌روزرسانی بدهد، فقط وقتی استفاده می‌شود که توزیع‌کنندهٔ اپ آن را امضا کرده باشد.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Remove the mirror %1</source>
        <translation>پاک کردن منبع به‌روزرسانی %1</translation>
    </message>
    <message>
        <source>https://… or /media/usb-stick</source>
        <translation>https://… یا /media/usb-stick</translation>
    </message>
    <message>
        <source>New mirror</source>
        <translation>منبع به‌روزرسانی تازه</translation>
    </message>
    <message>
        <source>Add mirror</source>
        <translation>اضافه کردن منبع به‌روزرسانی</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <source>Only on unmetered networks</source>
        <translation>فقط در شبکه‌های غیرحجمی</translation>
    </message>
    <message>
        <source>This device is not connected to a network now.</source>
        <translation>این دستگاه فعلاً به هیچ شبکه‌ای وصل نیست.</translation>
    </message>
    <message>
        <source>This connection is metered: it may cost money.</source>
        <translation>این اتصال حجمی است: شاید پول مصرف کند.</translation>
    </message>
    <message>
        <source>This connection is not metered.</source>
        <translation>این اتصال حجمی نیست.</translation>
    </message>
    <message>
        <source>The app cannot tell whether this connection is metered. With this option on, web mirrors are not used; USB sticks and folders always are.</source>
        <translation>اپ نمی‌تواند بفهمد که این اتصال حجمی است یا نه. وقتی این گزینه روشن است، از منبع‌های انترنتی استفاده نمی‌شود؛ از فلش‌های USB و فولدرها همیشه استفاده می‌شود.</translation>
    </message>
    <message>
        <source>The app connects to the internet only to reach the web mirrors you add here, and sends nothing about you.</source>
        <translation>اپ فقط برای رسیدن به منبع‌های انترنتی که شما اینجا اضافه می‌کنید به انترنت وصل می‌شود، و هیچ چیزی دربارهٔ شما نمی‌فرستد.</translation>
    </message>
    <message>
        <source>Share with phones nearby</source>
        <translation>شریک ساختن با تیلفون‌های نزدیک</translation>
    </message>
    <message>
        <source>Phones on the same network can get the information from this computer. Phones check everything they get against your distributor&apos;s signatures, so sharing cannot change what they accept. Only people on the same network (Wi-Fi or cable) can connect. Sharing stops by itself after 30 minutes.</source>
        <translation>تیلفون‌هایی که به همین شبکه وصل استند، می‌توانند معلومات را از این کمپیوتر بگیرند. تیلفون‌ها هر چیزی را که می‌گیرند با امضاهای توزیع‌کنندهٔ اپ مقایسه می‌کنند، پس شریک ساختن نمی‌تواند چیزی را که آن‌ها قبول می‌کنند تغییر بدهد. فقط کسانی که در همین شبکه (وای‌فای یا کیبل) استند، می‌توانند وصل شوند. شریک ساختن بعد از 30 دقیقه خودش متوقف می‌شود.</translation>
    </message>
    <message>
        <source>This computer shares the information that came with the app. Updates it installed later are not shared.</source>
        <translation>این کمپیوتر معلوماتی را که همراه اپ آمده است شریک می‌سازد. به‌روزرسانی‌هایی که بعداً در آن نصب شده‌اند، شریک ساخته نمی‌شوند.</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>شروع شریک ساختن</translation>
    </message>
    <message>
        <source>On the phone, open Content updates, add this address as a mirror, and tap Check now:</source>
        <translation>در تیلفون، «به‌روزرسانی معلومات» را باز کنید، این آدرس را به حیث منبع به‌روزرسانی اضافه کنید، و «حالا بررسی کنید» را بزنید:</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>کود QR آدرس %1</translation>
    </message>
    <message>
        <source>Files sent so far: %1</source>
        <translation>فایل‌های فرستاده‌شده تا حالا: %1</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>توقف شریک ساختن</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Day: %1</source>
        <translation>روز: %1</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>ماه: %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>سال: %1</translation>
    </message>
    <message>
        <source>Hour: %1</source>
        <translation>ساعت: %1</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>دقیقه: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Find help</source>
        <translation>پیدا کردن کمک</translation>
    </message>
    <message>
        <source>Search by name or what they do</source>
        <translation>جستجو با نام یا کاری که انجام می‌دهند</translation>
    </message>
    <message>
        <source>Search the organisations</source>
        <translation>جستجو در مؤسسه‌ها</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Language they speak</source>
        <translation>زبانی که صحبت می‌کنند</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>حالا باز است</translation>
    </message>
    <message>
        <source>Show only organisations that are open now</source>
        <translation>فقط مؤسسه‌هایی را نشان بده که حالا باز استند</translation>
    </message>
    <message>
        <source>Only organisations whose opening hours we know are shown.</source>
        <translation>فقط مؤسسه‌هایی نشان داده می‌شوند که ساعات کاری آن‌ها را می‌دانیم.</translation>
    </message>
    <message>
        <source>There are no organisations in the installed information yet. A content update can add them.</source>
        <translation>در معلومات نصب‌شده هنوز هیچ مؤسسه‌ای نیست. یک به‌روزرسانی معلومات می‌تواند آن‌ها را اضافه کند.</translation>
    </message>
    <message>
        <source>No organisation matches. Try fewer filters or other words.</source>
        <translation>هیچ مؤسسه‌ای پیدا نشد. با فلترهای کمتر یا کلمه‌های دیگر کوشش کنید.</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>مخاطبین من</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>This document is not in your vault.</source>
        <translation>این سند در صندوق امن شما نیست.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>صفحهٔ قبلی</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحهٔ %1 از %2</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>صفحهٔ بعدی</translation>
    </message>
    <message>
        <source>Delete this document</source>
        <translation>پاک کردن این سند</translation>
    </message>
    <message>
        <source>Delete this document?</source>
        <translation>این سند پاک شود؟</translation>
    </message>
    <message>
        <source>The app&apos;s copy is deleted for good.</source>
        <translation>کاپی داخل اپ برای همیشه پاک می‌شود.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>نگه داشتن</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>پاک کردن</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <translation>اسناد من</translation>
    </message>
    <message>
        <source>Keep photos and PDFs of your letters here, for example from the IND or COA. They are encrypted like your notes. The app keeps its own copy: afterwards you can delete the original file.</source>
        <translation>عکس‌ها و فایل‌های PDF مکتوب‌های خود را اینجا نگه دارید، مثلاً مکتوب‌های IND یا COA. این‌ها مثل یادداشت‌های شما رمزگذاری می‌شوند. اپ یک کاپی برای خود نگه می‌دارد: بعد از آن می‌توانید فایل اصلی را پاک کنید.</translation>
    </message>
    <message>
        <source>Add a photo or PDF</source>
        <translation>اضافه کردن عکس یا PDF</translation>
    </message>
    <message>
        <source>File, e.g. /home/me/Downloads/letter.pdf</source>
        <translation>فایل، مثلاً /home/me/Downloads/letter.pdf</translation>
    </message>
    <message>
        <source>File to add</source>
        <translation>فایلی که می‌خواهید اضافه کنید</translation>
    </message>
    <message>
        <source>Name, e.g. Letter from the IND, 3 March</source>
        <translation>نام، مثلاً مکتوب IND، 3 مارچ</translation>
    </message>
    <message>
        <source>Name of the document</source>
        <translation>نام سند</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>اضافه کردن</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>هنوز سندی ندارید.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Glossary</source>
        <translation>لغت‌نامه</translation>
    </message>
    <message>
        <source>Search for a word</source>
        <translation>یک کلمه را جستجو کنید</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>جستجو در لغت‌نامه</translation>
    </message>
    <message>
        <source>No word matches “%1”.</source>
        <translation>هیچ کلمه‌ای با «%1» پیدا نشد.</translation>
    </message>
    <message>
        <source>There is no glossary in the installed information yet.</source>
        <translation>در معلومات نصب‌شده هنوز لغت‌نامه نیست.</translation>
    </message>
</context>
<context>
    <name>HandoutAction</name>
    <message>
        <source>Saved. Open the PDF to print it or pass it on.</source>
        <translation>ذخیره شد. فایل PDF را باز کنید تا آن را چاپ کنید یا به کسی بدهید.</translation>
    </message>
    <message>
        <source>Print or save as PDF</source>
        <translation>چاپ یا ذخیره به شکل PDF</translation>
    </message>
    <message>
        <source>Where to save the PDF file</source>
        <translation>جای ذخیرهٔ فایل PDF</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>ذخیرهٔ PDF</translation>
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
        <translation>بخشی از معلومات بارگیری نشد. اپ با معلوماتی که سالم است کار می‌کند.</translation>
    </message>
    <message>
        <source>What do you want to know?</source>
        <translation>چه می‌خواهید بدانید؟</translation>
    </message>
    <message>
        <source>Information as of %1</source>
        <translation>معلومات تا تاریخ %1</translation>
    </message>
    <message>
        <source>No information is installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</source>
        <translation>هنوز هیچ معلوماتی نصب نشده است. اپ را دوباره نصب کنید، یا از مؤسسه‌ای که اپ را به شما داده است، به‌روزرسانی معلومات را بخواهید.</translation>
    </message>
    <message>
        <source>Dutch words you will hear, explained</source>
        <translation>کلمه‌های هالندی که خواهید شنید، با توضیح</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>لغت‌نامه</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Search the information</source>
        <translation>جستجو در معلومات</translation>
    </message>
    <message>
        <source>This information is from %1 and may be out of date.</source>
        <translation>این معلومات مربوط به %1 است و شاید به‌روز نباشد.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>بررسی به‌روزرسانی‌ها</translation>
    </message>
    <message>
        <source>The steps, where you are, and your deadlines</source>
        <translation>مرحله‌ها، جایی که شما استید، و مهلت‌های شما</translation>
    </message>
    <message>
        <source>Your procedure</source>
        <translation>پروسهٔ شما</translation>
    </message>
    <message>
        <source>Organisations that can help, and how to reach them</source>
        <translation>مؤسسه‌هایی که کمک کرده می‌توانند، و راه تماس با آن‌ها</translation>
    </message>
    <message>
        <source>Find help</source>
        <translation>پیدا کردن کمک</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Choose the language of the app and of the information.</source>
        <translation>زبان اپ و معلومات را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>خوش آمدید</translation>
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
        <translation>این صفحه ساخته نشد.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>برگشت</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Choose language</source>
        <translation>انتخاب زبان</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>خانه</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Quick exit: lock your notes and close the app</source>
        <translation>خروج سریع: قفل کردن یادداشت‌های شما و بستن اپ</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>یادداشت‌های من</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <source>Volunteer: leave kiosk mode</source>
        <translation>رضاکار: خروج از حالت لپ‌تاپ مشترک</translation>
    </message>
    <message>
        <source>Still there? Touch the screen to continue.</source>
        <translation>هنوز اینجا استید؟ برای ادامه، صفحه را لمس کنید.</translation>
    </message>
    <message numerus="yes">
        <source>The app starts over in %n seconds, for the next person.</source>
        <translation>
            <numerusform>اپ بعد از %n ثانیه برای شخص بعدی از سر شروع می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>خروج از حالت لپ‌تاپ مشترک</translation>
    </message>
    <message>
        <source>For volunteers: type the PIN to leave kiosk mode.</source>
        <translation>برای رضاکاران: برای بیرون شدن از حالت لپ‌تاپ مشترک، PIN را تایپ کنید.</translation>
    </message>
    <message>
        <source>Volunteer PIN</source>
        <translation>کود PIN رضاکار</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. You can try again in %n seconds.</source>
        <translation>
            <numerusform>چند بار پشت سر هم PIN غلط وارد شد. بعد از %n ثانیه دوباره کوشش کرده می‌توانید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>MyCasePage</name>
    <message>
        <source>My case</source>
        <translation>دوسیهٔ من</translation>
    </message>
    <message>
        <source>The details of your case, in one place. They are kept with your private notes, encrypted, and only you can see them.</source>
        <translation>جزئیات دوسیهٔ شما، در یک جا. این‌ها همراه یادداشت‌های شخصی شما، به شکل رمزگذاری‌شده، نگه داشته می‌شوند و فقط خود شما می‌توانید آن‌ها را ببینید.</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Your foreigner&apos;s number (V-nummer). You find it on letters from the IND, the Immigration and Naturalisation Service.</source>
        <translation>نمبر شخص خارجی شما (V-nummer). آن را در مکتوب‌های IND، ادارهٔ مهاجرت و تابعیت، پیدا می‌کنید.</translation>
    </message>
    <message>
        <source>Digits only, e.g. 1234567890</source>
        <translation>فقط عدد، مثلاً 1234567890</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>مسئول دوسیه</translation>
    </message>
    <message>
        <source>Your contact person at the IND, or at the COA, the organisation that runs the reception centres.</source>
        <translation>شخص تماس شما در IND، یا در COA. COA مؤسسه‌ای است که مراکز پذیرش را اداره می‌کند.</translation>
    </message>
    <message>
        <source>Name, organisation, phone number</source>
        <translation>نام، مؤسسه، نمبر تیلفون</translation>
    </message>
    <message>
        <source>Case worker at the IND or the COA</source>
        <translation>مسئول دوسیه در IND یا COA</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>وکیل</translation>
    </message>
    <message>
        <source>Name, office, phone number</source>
        <translation>نام، دفتر، نمبر تیلفون</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>پروسه</translation>
    </message>
    <message>
        <source>Which asylum procedure you are in. Your lawyer or the letters from the IND can tell you.</source>
        <translation>در کدام پروسهٔ پناهندگی استید. وکیل شما یا مکتوب‌های IND این را به شما می‌گویند.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>هنوز معلوم نیست</translation>
    </message>
    <message>
        <source>General asylum procedure (AA)</source>
        <translation>پروسهٔ عمومی پناهندگی (AA)</translation>
    </message>
    <message>
        <source>Extended procedure (VA)</source>
        <translation>پروسهٔ تمدیدشده (VA)</translation>
    </message>
    <message>
        <source>Dublin</source>
        <translation>دوبلین</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>پروسه: %1</translation>
    </message>
    <message>
        <source>Registration (asylum application)</source>
        <translation>ثبت نام (درخواست پناهندگی)</translation>
    </message>
    <message>
        <source>Detailed interview</source>
        <translation>مصاحبهٔ مفصل</translation>
    </message>
    <message>
        <source>Intention to reject received</source>
        <translation>قصد رد دریافت شد</translation>
    </message>
    <message>
        <source>View on the intention sent</source>
        <translation>جواب به قصد رد فرستاده شد</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>فیصله فرستاده شد</translation>
    </message>
    <message>
        <source>Residence permit granted</source>
        <translation>اجازهٔ اقامت داده شد</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>اعتراض به محکمه ثبت شد</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>جلسهٔ محکمه</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>تاریخ‌های مهم</translation>
    </message>
    <message>
        <source>The dates of your procedure. Deadlines are counted from them, so write them exactly as they are on your letters.</source>
        <translation>تاریخ‌های پروسهٔ شما. مهلت‌ها از همین تاریخ‌ها حساب می‌شوند، پس آن‌ها را دقیقاً همان طور بنویسید که در مکتوب‌های شما آمده است.</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>اضافه کردن تاریخ</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>وقت‌های ملاقات</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>هنوز وقت ملاقات ندارید.</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>اضافه کردن وقت ملاقات</translation>
    </message>
    <message>
        <source>People</source>
        <translation>اشخاص</translation>
    </message>
    <message>
        <source>Your lawyer, your case worker, your guardian: the people you need to reach.</source>
        <translation>وکیل شما، مسئول دوسیهٔ شما، سرپرست قانونی شما: اشخاصی که باید با آن‌ها تماس بگیرید.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>اضافه کردن شخص</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>تاریخ مهم</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>چه پیش آمد</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>چه پیش آمد: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>یادداشت (اختیاری)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>وقت ملاقات</translation>
    </message>
    <message>
        <source>What, e.g. Meeting with my lawyer</source>
        <translation>موضوع، مثلاً ملاقات با وکیلم</translation>
    </message>
    <message>
        <source>What the appointment is</source>
        <translation>موضوع وقت ملاقات</translation>
    </message>
    <message>
        <source>When</source>
        <translation>چه وقت</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>کجا (اختیاری)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کجا</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Who they are, e.g. My lawyer</source>
        <translation>این شخص کیست، مثلاً وکیل من</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>این شخص کیست</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>نمبر تیلفون</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>آدرس ایمیل</translation>
    </message>
    <message>
        <source>See your procedure and deadlines</source>
        <translation>دیدن پروسه و مهلت‌های شما</translation>
    </message>
</context>
<context>
    <name>NoteEditorPage</name>
    <message>
        <source>New note</source>
        <translation>یادداشت تازه</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>You have no private notes on this phone yet.</source>
        <translation>هنوز در این تیلفون یادداشت شخصی ندارید.</translation>
    </message>
    <message>
        <source>Unlock your notes first</source>
        <translation>اول قفل یادداشت‌های خود را باز کنید</translation>
    </message>
    <message>
        <source>Go to My notes</source>
        <translation>رفتن به «یادداشت‌های من»</translation>
    </message>
    <message>
        <source>This note could not be saved. Your text is still here; keep this page open and try again in a moment.</source>
        <translation>این یادداشت ذخیره نشد. متن شما هنوز اینجا است. این صفحه را باز نگه دارید و کمی بعد دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>Your last changes could not be saved. Your text is still here; keep this page open and try again in a moment.</source>
        <translation>آخرین تغییرات شما ذخیره نشد. متن شما هنوز اینجا است. این صفحه را باز نگه دارید و کمی بعد دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>This note could not be deleted. Try again in a moment.</source>
        <translation>این یادداشت پاک نشد. کمی بعد دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>This note is not there any more. It may have been deleted.</source>
        <translation>این یادداشت دیگر وجود ندارد. شاید پاک شده باشد.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Write your note here</source>
        <translation>یادداشت خود را اینجا بنویسید</translation>
    </message>
    <message>
        <source>Tags, e.g. interview, lawyer</source>
        <translation>برچسپ‌ها، مثلاً مصاحبه، وکیل</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>برچسپ‌ها، جدا شده با کامه</translation>
    </message>
    <message>
        <source>Your note is kept as soon as you start typing.</source>
        <translation>یادداشت شما همین که شروع به نوشتن کنید، نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Created %1 · Changed %2</source>
        <translation>ساخته شده: %1 · آخرین تغییر: %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation>پاک کردن این یادداشت</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>این یادداشت پاک شود؟</translation>
    </message>
    <message>
        <source>The note will be deleted from this phone. You cannot undo this.</source>
        <translation>این یادداشت از این تیلفون پاک می‌شود. این کار را دوباره برگردانده نمی‌توانید.</translation>
    </message>
    <message>
        <source>Keep the note</source>
        <translation>نگه داشتن یادداشت</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>پاک کردن یادداشت</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Remove</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Search articles and words</source>
        <translation>جستجو در مقاله‌ها و کلمه‌ها</translation>
    </message>
    <message>
        <source>Search the information</source>
        <translation>جستجو در معلومات</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer or shorter words.</source>
        <translation>برای «%1» چیزی پیدا نشد. با کلمه‌های کمتر یا کوتاه‌تر کوشش کنید.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>لغت‌نامه</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>به انگلیسی</translation>
    </message>
    <message>
        <source>Type a word, or the beginning of a word. Articles, Dutch words from the glossary, the steps of the procedures and contacts are searched.</source>
        <translation>یک کلمه یا اول یک کلمه را تایپ کنید. در مقاله‌ها، کلمه‌های هالندی لغت‌نامه، مرحله‌های پروسه‌ها و معلومات تماس جستجو می‌شود.</translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation>مرحلهٔ پروسه</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>تماس</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>زبان: %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>No information is installed.</source>
        <translation>هیچ معلوماتی نصب نشده است.</translation>
    </message>
    <message>
        <source>%1, published by %2. Information as of %3.</source>
        <translation>%1، نشر شده توسط %2. معلومات تا تاریخ %3.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>حریم خصوصی</translation>
    </message>
    <message>
        <source>This app works without internet. It does not collect or send any information about you.</source>
        <translation>این اپ بدون انترنت کار می‌کند. هیچ معلوماتی دربارهٔ شما جمع نمی‌کند و نمی‌فرستد.</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>به‌روزرسانی معلومات</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>Today: %1. Deadlines always show the Gregorian date too: it is the date the IND and the courts use.</source>
        <translation>امروز: %1. مهلت‌ها همیشه تاریخ میلادی را هم نشان می‌دهند: این همان تاریخی است که IND و محکمه‌ها از آن استفاده می‌کنند.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>اندازهٔ متن</translation>
    </message>
    <message>
        <source>Follow the system (%1%)</source>
        <translation>مطابق تنظیمات دستگاه (%1%)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>تضاد رنگ</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>عادی</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تضاد رنگ زیاد</translation>
    </message>
    <message>
        <source>Light or dark</source>
        <translation>روشن یا تاریک</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>مطابق تنظیمات دستگاه</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تاریک</translation>
    </message>
    <message>
        <source>The volunteer PIN is set.</source>
        <translation>کود PIN رضاکار تعیین شده است.</translation>
    </message>
    <message>
        <source>Shared laptop (kiosk) mode</source>
        <translation>حالت لپ‌تاپ مشترک</translation>
    </message>
    <message>
        <source>For a laptop that many people use, one after the other. The app fills the screen and starts with the choice of language. Notes are not available and no files are saved. After a time without use, it starts over and forgets what the last person did. A volunteer leaves kiosk mode with a PIN.</source>
        <translation>برای لپ‌تاپی که چند نفر یکی بعد از دیگری از آن استفاده می‌کنند. اپ تمام صفحه را می‌گیرد و با انتخاب زبان شروع می‌شود. یادداشت‌ها موجود نیستند و هیچ فایلی ذخیره نمی‌شود. اگر مدتی از اپ استفاده نشود، از سر شروع می‌شود و کارهای شخص قبلی را فراموش می‌کند. یک رضاکار با PIN از حالت لپ‌تاپ مشترک بیرون می‌شود.</translation>
    </message>
    <message>
        <source>Kiosk mode is on. To leave it, a volunteer taps “Volunteer” at the top and types the PIN.</source>
        <translation>حالت لپ‌تاپ مشترک روشن است. برای بیرون شدن از آن، یک رضاکار در بالای صفحه «رضاکار» را می‌زند و PIN را تایپ می‌کند.</translation>
    </message>
    <message>
        <source>Kiosk mode was asked for. Start it below.</source>
        <translation>حالت لپ‌تاپ مشترک خواسته شده است. آن را در پایین شروع کنید.</translation>
    </message>
    <message>
        <source>Kiosk mode was asked for, but no volunteer PIN is set. Set a PIN, then start kiosk mode.</source>
        <translation>حالت لپ‌تاپ مشترک خواسته شده است، اما هنوز کود PIN رضاکار تعیین نشده است. اول یک PIN تعیین کنید، بعد حالت لپ‌تاپ مشترک را شروع کنید.</translation>
    </message>
    <message>
        <source>A volunteer PIN is set. You can set a new one.</source>
        <translation>یک کود PIN رضاکار تعیین شده است. می‌توانید یک PIN تازه تعیین کنید.</translation>
    </message>
    <message>
        <source>Set a volunteer PIN of 4 to 12 digits, and give it only to volunteers.</source>
        <translation>یک کود PIN رضاکار با 4 تا 12 رقم تعیین کنید و آن را فقط به رضاکاران بدهید.</translation>
    </message>
    <message>
        <source>New volunteer PIN (4 to 12 digits)</source>
        <translation>کود PIN تازهٔ رضاکار (4 تا 12 رقم)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>همان PIN را دوباره تایپ کنید</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>ذخیرهٔ PIN</translation>
    </message>
    <message>
        <source>Start over after this time without use</source>
        <translation>بعد از این مدت استفاده نکردن، از سر شروع شود</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n دقیقه</numerusform>
        </translation>
    </message>
    <message>
        <source>Start kiosk mode</source>
        <translation>شروع حالت لپ‌تاپ مشترک</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Machine translation, not yet checked by a person</source>
        <translation>ترجمه با کمپیوتر، هنوز کسی آن را بررسی نکرده است</translation>
    </message>
    <message>
        <source>This translation may be out of date</source>
        <translation>این ترجمه شاید به‌روز نباشد</translation>
    </message>
    <message>
        <source>Not yet in your language. Shown in %1.</source>
        <translation>هنوز به زبان شما نیست. به زبان %1 نشان داده می‌شود.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>فردا</translation>
    </message>
    <message numerus="yes">
        <source>In %n days</source>
        <translation>
            <numerusform>بعد از %n روز</numerusform>
        </translation>
    </message>
    <message>
        <source>Your procedure</source>
        <translation>پروسهٔ شما</translation>
    </message>
    <message>
        <source>A lawyer must confirm every deadline. The dates in this app are calculations from general rules, and they can be wrong for your case. Ask your lawyer before you rely on them.</source>
        <translation>هر مهلت را باید یک وکیل تأیید کند. تاریخ‌های این اپ از روی قاعده‌های عمومی حساب شده‌اند و شاید برای دوسیهٔ شما درست نباشند. پیش از اینکه به آن‌ها اعتماد کنید، از وکیل خود بپرسید.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the English text.</source>
        <translation>هنوز به زبان %1 ترجمه نشده است. شما متن انگلیسی را می‌خوانید.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>هنوز به زبان %1 ترجمه نشده است. شما متن را به زبان %2 می‌خوانید.</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>قانون در این مورد در حال تغییر است. از وکیل خود یا VluchtelingenWerk بپرسید که چه چیزی برای شما صدق می‌کند.</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>چه چیزی تغییر می‌کند</translation>
    </message>
    <message>
        <source>No procedures are installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</source>
        <translation>هنوز هیچ پروسه‌ای نصب نشده است. اپ را دوباره نصب کنید، یا از مؤسسه‌ای که اپ را به شما داده است، به‌روزرسانی معلومات را بخواهید.</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>پروسه: %1</translation>
    </message>
    <message>
        <source>The dot marks where you are, from the dates in My case.</source>
        <translation>نقطه نشان می‌دهد که شما کجا استید. این از روی تاریخ‌های «دوسیهٔ من» است.</translation>
    </message>
    <message>
        <source>Add the dates from your letters in My case to see where you are.</source>
        <translation>تاریخ‌های مکتوب‌های خود را در «دوسیهٔ من» اضافه کنید تا ببینید کجا استید.</translation>
    </message>
    <message>
        <source>Open your notes to see where you are and your own deadlines.</source>
        <translation>یادداشت‌های خود را باز کنید تا ببینید کجا استید و مهلت‌های خود را ببینید.</translation>
    </message>
    <message>
        <source>Step %1: %2. You are here.</source>
        <translation>مرحلهٔ %1: %2. شما اینجا استید.</translation>
    </message>
    <message>
        <source>Step %1: %2. This comes next.</source>
        <translation>مرحلهٔ %1: %2. این مرحلهٔ بعدی است.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>مرحلهٔ %1: %2</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>شما اینجا استید</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>Your date: %1</source>
        <translation>تاریخ شما: %1</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>چه کسانی آنجا استند</translation>
    </message>
    <message>
        <source>What to prepare</source>
        <translation>چه چیزهایی را آماده کنید</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>حقوق شما</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>چقدر وقت می‌گیرد</translation>
    </message>
    <message>
        <source>Time limit: %1. Ask your lawyer at once how much time you have.</source>
        <translation>مهلت: %1. فوراً از وکیل خود بپرسید که چقدر وقت دارید.</translation>
    </message>
    <message>
        <source>Time limit: %1, %2.</source>
        <translation>مهلت: %1، %2.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>اساس قانونی: %1</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>بیشتر بخوانید</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>خواندن: %1</translation>
    </message>
    <message>
        <source>My deadlines</source>
        <translation>مهلت‌های من</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>مسیر کامل فایل را تایپ کنید. این مسیر با / شروع می‌شود.</translation>
    </message>
    <message>
        <source>Calendar saved. Open it with your calendar app to add the dates.</source>
        <translation>تقویم ذخیره شد. آن را با اپ تقویم باز کنید تا تاریخ‌ها اضافه شوند.</translation>
    </message>
    <message>
        <source>You have not chosen your procedure in My case. Until you do, the deadlines are counted with the shortest time limits, those of the general procedure (AA).</source>
        <translation>شما پروسهٔ خود را در «دوسیهٔ من» انتخاب نکرده‌اید. تا وقتی این کار را نکنید، مهلت‌ها با کوتاه‌ترین مدت‌ها حساب می‌شوند، یعنی مدت‌های پروسهٔ عمومی پناهندگی (AA).</translation>
    </message>
    <message>
        <source>Add the dates from your letters in My case, for example the day your decision was sent. Your deadlines then appear here.</source>
        <translation>تاریخ‌های مکتوب‌های خود را در «دوسیهٔ من» اضافه کنید، مثلاً روزی که فیصلهٔ شما فرستاده شد. بعد از آن، مهلت‌های شما اینجا نشان داده می‌شوند.</translation>
    </message>
    <message>
        <source>None of your dates starts a time limit that this app can count.</source>
        <translation>هیچ‌کدام از تاریخ‌های شما شروع مهلتی نیست که این اپ بتواند حساب کند.</translation>
    </message>
    <message>
        <source>Ask your lawyer at once: this app gives no date for this time limit.</source>
        <translation>فوراً از وکیل خود بپرسید: این اپ برای این مهلت تاریخی نمی‌دهد.</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>روز آخر: %1</translation>
    </message>
    <message>
        <source>This deadline could not be counted (%1). Ask your lawyer.</source>
        <translation>این مهلت حساب نشد (%1). از وکیل خود بپرسید.</translation>
    </message>
    <message>
        <source>This date has passed.</source>
        <translation>این تاریخ گذشته است.</translation>
    </message>
    <message>
        <source>Counted from: %1</source>
        <translation>حساب شده از: %1</translation>
    </message>
    <message>
        <source>It is not certain that this time limit gets extra days. To be safe, act by %1.</source>
        <translation>معلوم نیست که این مهلت روزهای اضافی می‌گیرد یا نه. برای احتیاط، تا %1 اقدام کنید.</translation>
    </message>
    <message>
        <source>Counted with the time limit of the general procedure (AA), because you have not chosen your procedure.</source>
        <translation>با مهلت پروسهٔ عمومی پناهندگی (AA) حساب شده است، چون شما پروسهٔ خود را انتخاب نکرده‌اید.</translation>
    </message>
    <message>
        <source>A lawyer must confirm this deadline.</source>
        <translation>این مهلت را باید یک وکیل تأیید کند.</translation>
    </message>
    <message>
        <source>How it was counted:</source>
        <translation>چطور حساب شد:</translation>
    </message>
    <message>
        <source>Edit my dates in My case</source>
        <translation>تغییر تاریخ‌های من در «دوسیهٔ من»</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>پیش رو</translation>
    </message>
    <message>
        <source>No deadlines or appointments from today on.</source>
        <translation>از امروز به بعد هیچ مهلت یا وقت ملاقاتی ندارید.</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>مهلت: %1</translation>
    </message>
    <message>
        <source>Ask your lawyer at once</source>
        <translation>فوراً از وکیل خود بپرسید</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation>اضافه کردن به تقویم</translation>
    </message>
    <message>
        <source>Save your deadlines and appointments as a calendar file (.ics) that calendar apps can import. The file is not encrypted: anyone who opens it can read it.</source>
        <translation>مهلت‌ها و وقت‌های ملاقات خود را به شکل یک فایل تقویم (.ics) ذخیره کنید که اپ‌های تقویم می‌توانند آن را وارد کنند. این فایل رمزگذاری نشده است: هر کسی که آن را باز کند، می‌تواند آن را بخواند.</translation>
    </message>
    <message>
        <source>Type where to save it, for example %1</source>
        <translation>تایپ کنید که در کجا ذخیره شود، مثلاً %1</translation>
    </message>
    <message>
        <source>Where to save the calendar file</source>
        <translation>جای ذخیرهٔ فایل تقویم</translation>
    </message>
    <message>
        <source>Write only &quot;Deadline&quot; and &quot;Appointment&quot;, without details, so a locked phone shows nothing about your case</source>
        <translation>فقط «مهلت» و «وقت ملاقات» نوشته شود، بدون جزئیات، تا تیلفون قفل‌شده چیزی دربارهٔ دوسیهٔ شما نشان ندهد</translation>
    </message>
    <message>
        <source>Save calendar file</source>
        <translation>ذخیرهٔ فایل تقویم</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>Save the steps of this procedure as a PDF file in the language you are reading, with the time limits, the sources and the date it was checked. Print it or give it to someone. It holds nothing from your notes and none of your own dates.</source>
        <translation>مرحله‌های این پروسه را به شکل فایل PDF به همان زبانی که می‌خوانید ذخیره کنید، همراه با مهلت‌ها، منابع و تاریخ بررسی. آن را چاپ کنید یا به کسی بدهید. هیچ چیزی از یادداشت‌های شما و هیچ‌کدام از تاریخ‌های خود شما در آن نیست.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There is no information on this topic yet.</source>
        <translation>هنوز دربارهٔ این موضوع معلومات نیست.</translation>
    </message>
</context>
<context>
    <name>VaultLockedNotice</name>
    <message>
        <source>You have no private notes on this phone yet.</source>
        <translation>هنوز در این تیلفون یادداشت شخصی ندارید.</translation>
    </message>
    <message>
        <source>Unlock your notes first</source>
        <translation>اول قفل یادداشت‌های خود را باز کنید</translation>
    </message>
    <message>
        <source>Go to My notes</source>
        <translation>رفتن به «یادداشت‌های من»</translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <source>My notes</source>
        <translation>یادداشت‌های من</translation>
    </message>
    <message>
        <source>Your notes are locked.</source>
        <translation>یادداشت‌های شما قفل است.</translation>
    </message>
    <message>
        <source>Your notes are open.</source>
        <translation>یادداشت‌های شما باز است.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Lock my notes</source>
        <translation>قفل کردن یادداشت‌های من</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>خروج سریع</translation>
    </message>
    <message>
        <source>Quick exit: lock my notes and close the app at once</source>
        <translation>خروج سریع: قفل کردن یادداشت‌های من و بستن فوری اپ</translation>
    </message>
    <message>
        <source>Your passphrase is too short. Use at least %1 characters.</source>
        <translation>رمز عبور شما خیلی کوتاه است. حد اقل %1 حرف یا علامه به کار ببرید.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>دو رمز عبور یکسان نیستند. آن‌ها را دوباره تایپ کنید.</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>یادداشت‌های شخصی</translation>
    </message>
    <message>
        <source>Keep private notes about your case. They are locked with a passphrase and stored only on this device, encrypted.</source>
        <translation>یادداشت‌های شخصی دربارهٔ دوسیهٔ خود بنویسید. این یادداشت‌ها با رمز عبور قفل می‌شوند و فقط در همین دستگاه، به شکل رمزگذاری‌شده، ذخیره می‌شوند.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters. A PIN of %1 or more digits works, but a longer passphrase is safer. Do not use your date of birth or your V-number.</source>
        <translation>یک رمز عبور با حد اقل %1 حرف یا علامه انتخاب کنید. یک PIN با %1 رقم یا بیشتر هم کار می‌کند، اما یک رمز عبور طولانی‌تر امن‌تر است. از تاریخ تولد یا V-nummer خود استفاده نکنید.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>رمز عبور را دوباره تایپ کنید</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>ساختن</translation>
    </message>
    <message>
        <source>Create my private notes</source>
        <translation>ساختن یادداشت‌های شخصی من</translation>
    </message>
    <message>
        <source>Making your vault safe. This takes a few seconds.</source>
        <translation>در حال امن ساختن صندوق امن شما. این کار چند ثانیه وقت می‌گیرد.</translation>
    </message>
    <message>
        <source>I have a backup from another phone</source>
        <translation>از یک تیلفون دیگر نسخهٔ پشتیبان دارم</translation>
    </message>
    <message>
        <source>Type where the backup file is, for example %1, and the passphrase or recovery key that opens it.</source>
        <translation>جای فایل پشتیبان را تایپ کنید (مثلاً %1)، و همچنین رمز عبور یا کلید بازیابی‌ای را که با آن باز می‌شود.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>فایل پشتیبان</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>رمز عبور یا کلید بازیابی</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>برگرداندن نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>مسیر کامل فایل را تایپ کنید. این مسیر با / شروع می‌شود.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>کلید بازیابی شما</translation>
    </message>
    <message>
        <source>Write this recovery key on paper and keep it somewhere safe. If you forget your passphrase, it is the only way to open your notes. It will not be shown again.</source>
        <translation>این کلید بازیابی را روی کاغذ بنویسید و در یک جای امن نگه دارید. اگر رمز عبور خود را فراموش کنید، این کلید تنها راه باز کردن یادداشت‌های شما است. این کلید دوباره نشان داده نمی‌شود.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>کلید بازیابی</translation>
    </message>
    <message>
        <source>I wrote it down</source>
        <translation>آن را نوشتم</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Open your notes</source>
        <translation>باز کردن یادداشت‌های شما</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you made your notes. Spaces and dashes do not matter.</source>
        <translation>کلید بازیابی را که هنگام ساختن یادداشت‌های خود نوشتید، تایپ کنید. فاصله‌ها و خط‌های تیره مهم نیستند.</translation>
    </message>
    <message>
        <source>Type your passphrase to open your notes.</source>
        <translation>برای باز کردن یادداشت‌های خود، رمز عبور خود را تایپ کنید.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <source>Unlock my notes</source>
        <translation>باز کردن قفل یادداشت‌های من</translation>
    </message>
    <message>
        <source>Opening your notes. This takes a few seconds.</source>
        <translation>در حال باز کردن یادداشت‌های شما. این کار چند ثانیه وقت می‌گیرد.</translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation>استفاده از کلید بازیابی</translation>
    </message>
    <message>
        <source>After your notes are open, choose a new passphrase in Vault settings.</source>
        <translation>وقتی یادداشت‌های شما باز شد، در «تنظیمات یادداشت‌ها» یک رمز عبور تازه انتخاب کنید.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>یادداشت تازه</translation>
    </message>
    <message>
        <source>My case</source>
        <translation>دوسیهٔ من</translation>
    </message>
    <message>
        <source>My case: V-number, case worker, lawyer and procedure</source>
        <translation>دوسیهٔ من: V-nummer، مسئول دوسیه، وکیل و پروسه</translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation>تنظیمات یادداشت‌ها</translation>
    </message>
    <message>
        <source>Search your notes</source>
        <translation>جستجو در یادداشت‌ها</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ذخیره شد</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <source>No notes yet. Write down what happened at your interview, names, dates, questions for your lawyer.</source>
        <translation>هنوز یادداشت ندارید. آنچه را در مصاحبهٔ شما پیش آمد، نام‌ها، تاریخ‌ها و سؤال‌های خود برای وکیل را بنویسید.</translation>
    </message>
    <message>
        <source>No notes contain “%1”.</source>
        <translation>هیچ یادداشتی با «%1» پیدا نشد.</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>یادداشت بدون عنوان</translation>
    </message>
    <message>
        <source>Changed %1 · %2</source>
        <translation>آخرین تغییر: %1 · %2</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>آخرین تغییر: %1</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>اسناد من</translation>
    </message>
    <message>
        <source>My documents: photos and PDFs of letters</source>
        <translation>اسناد من: عکس‌ها و فایل‌های PDF مکتوب‌ها</translation>
    </message>
</context>
<context>
    <name>VaultSettingsPage</name>
    <message>
        <source>Vault settings</source>
        <translation>تنظیمات یادداشت‌ها</translation>
    </message>
    <message>
        <source>Working on your vault. This can take a few seconds.</source>
        <translation>در حال کار روی صندوق امن شما. این کار شاید چند ثانیه وقت بگیرد.</translation>
    </message>
    <message>
        <source>Your passphrase is too short. Use at least %1 characters.</source>
        <translation>رمز عبور شما خیلی کوتاه است. حد اقل %1 حرف یا علامه به کار ببرید.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>دو رمز عبور یکسان نیستند. آن‌ها را دوباره تایپ کنید.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>مسیر کامل فایل را تایپ کنید. این مسیر با / شروع می‌شود.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>تغییر رمز عبور</translation>
    </message>
    <message>
        <source>Your notes stay as they are. Your recovery key keeps working.</source>
        <translation>یادداشت‌های شما همان طور که هستند باقی می‌مانند. کلید بازیابی شما هنوز هم کار می‌کند.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>رمز عبور تازه</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>رمز عبور تازه را دوباره تایپ کنید</translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a few seconds.</source>
        <translation>در حال تغییر رمز عبور شما. این کار چند ثانیه وقت می‌گیرد.</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>قفل خودکار</translation>
    </message>
    <message>
        <source>Your notes lock when you leave the app, and after this many minutes without use:</source>
        <translation>وقتی از اپ بیرون می‌شوید، و بعد از این تعداد دقیقه استفاده نکردن، یادداشت‌های شما قفل می‌شوند:</translation>
    </message>
    <message>
        <source>Minutes without use before your notes lock</source>
        <translation>تعداد دقیقه‌های استفاده نکردن پیش از قفل شدن یادداشت‌ها</translation>
    </message>
    <message numerus="yes">
        <source>minutes</source>
        <translation>
            <numerusform>دقیقه</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>ذخیرهٔ نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>A backup is a copy of your vault that stays encrypted. Save it on a memory card or USB stick to move your notes to a new phone. It opens with the passphrase you have now, or with your recovery key.</source>
        <translation>نسخهٔ پشتیبان یک کاپی از صندوق امن شما است که رمزگذاری‌شده باقی می‌ماند. آن را روی یک مموری کارت یا فلش USB ذخیره کنید تا یادداشت‌های خود را به یک تیلفون تازه انتقال بدهید. با رمز عبوری که حالا دارید، یا با کلید بازیابی شما باز می‌شود.</translation>
    </message>
    <message>
        <source>Type where to save it, for example %1</source>
        <translation>تایپ کنید که در کجا ذخیره شود، مثلاً %1</translation>
    </message>
    <message>
        <source>Where to save the backup</source>
        <translation>جای ذخیرهٔ نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Save backup</source>
        <translation>ذخیرهٔ نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Saving the backup.</source>
        <translation>در حال ذخیرهٔ نسخهٔ پشتیبان.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>برگرداندن نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Restoring a backup replaces the notes on this phone with the notes in the backup. Type where the backup file is, and the passphrase or recovery key that opens it.</source>
        <translation>برگرداندن نسخهٔ پشتیبان، یادداشت‌های این تیلفون را با یادداشت‌های داخل نسخهٔ پشتیبان عوض می‌کند. جای فایل پشتیبان را تایپ کنید، و همچنین رمز عبور یا کلید بازیابی‌ای را که با آن باز می‌شود.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>فایل پشتیبان</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>رمز عبور یا کلید بازیابی</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>برگرداندن نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Delete my vault</source>
        <translation>پاک کردن یادداشت‌های من</translation>
    </message>
    <message>
        <source>Deletes all your notes and case details from this phone.</source>
        <translation>همهٔ یادداشت‌ها و جزئیات دوسیهٔ شما را از این تیلفون پاک می‌کند.</translation>
    </message>
    <message>
        <source>Replace your notes?</source>
        <translation>یادداشت‌های شما عوض شوند؟</translation>
    </message>
    <message>
        <source>The notes and case details on this phone will be replaced by those in the backup. You cannot undo this.</source>
        <translation>یادداشت‌ها و جزئیات دوسیه در این تیلفون با آن‌هایی که در نسخهٔ پشتیبان است عوض می‌شوند. این کار را دوباره برگردانده نمی‌توانید.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>عوض کردن</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>پاک</translation>
    </message>
    <message>
        <source>Delete your vault?</source>
        <translation>صندوق امن شما پاک شود؟</translation>
    </message>
    <message>
        <source>All your notes and case details will be deleted from this phone. This cannot be undone, not even with the recovery key. Backups you saved somewhere else are not deleted.</source>
        <translation>همهٔ یادداشت‌ها و جزئیات دوسیهٔ شما از این تیلفون پاک می‌شوند. این کار را دوباره برگردانده نمی‌توانید، حتی با کلید بازیابی. نسخه‌های پشتیبانی که در جای دیگر ذخیره کرده‌اید، پاک نمی‌شوند.</translation>
    </message>
    <message>
        <source>To confirm, type %1</source>
        <translation>برای تأیید، کلمهٔ «%1» را تایپ کنید</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>برای تأیید «%1» را تایپ کنید</translation>
    </message>
    <message>
        <source>Keep my vault</source>
        <translation>نگه داشتن صندوق امن</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>پاک کردن برای همیشه</translation>
    </message>
    <message>
        <source>Your vault was deleted from this phone.</source>
        <translation>صندوق امن شما از این تیلفون پاک شد.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>یادآوری‌ها</translation>
    </message>
    <message>
        <source>While your notes are open, the app reminds you of your deadlines 7 days, 2 days and 1 day before and on the last day, and of your appointments 1 day and 2 hours before. While your notes are locked, there are no reminders. Your reminders are also listed under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</source>
        <translation>وقتی یادداشت‌های شما باز است، اپ مهلت‌های شما را 7 روز، 2 روز و 1 روز پیش از آن و در روز آخر، و وقت‌های ملاقات شما را 1 روز و 2 ساعت پیش از آن به شما یادآوری می‌کند. وقتی یادداشت‌های شما قفل است، هیچ یادآوری نمی‌شود. یادآوری‌های شما در صفحهٔ «پروسهٔ شما» زیر «پیش رو» هم آمده است.</translation>
    </message>
    <message>
        <source>Show details in reminders</source>
        <translation>نشان دادن جزئیات در یادآوری‌ها</translation>
    </message>
    <message>
        <source>Reminders say which deadline or appointment it is. Anyone who sees your screen, even when it is locked, can read it.</source>
        <translation>یادآوری‌ها می‌گویند که کدام مهلت یا وقت ملاقات است. هر کسی که صفحهٔ شما را ببیند، حتی وقتی قفل است، می‌تواند آن را بخواند.</translation>
    </message>
    <message>
        <source>Reminders only say &quot;You have a deadline in 2 days&quot;, not which one, so a locked screen shows nothing about your case.</source>
        <translation>یادآوری‌ها فقط می‌گویند «بعد از 2 روز یک مهلت دارید»، نه اینکه کدام مهلت، پس صفحهٔ قفل‌شده هیچ چیزی دربارهٔ دوسیهٔ شما نشان نمی‌دهد.</translation>
    </message>
    <message>
        <source>This device did not show a reminder as a notification. You find your reminders under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</source>
        <translation>این دستگاه یادآوری را به شکل اطلاعیه نشان نداد. یادآوری‌های خود را در صفحهٔ «پروسهٔ شما» زیر «پیش رو» پیدا می‌کنید.</translation>
    </message>
    <message>
        <source>The app remembers which reminders it has shown only until you close it. After a restart, a reminder of the last 24 hours can show once more.</source>
        <translation>اپ فقط تا وقتی که آن را نبسته‌اید به یاد دارد که کدام یادآوری‌ها را نشان داده است. بعد از باز کردن دوبارهٔ اپ، شاید یادآوری 24 ساعت گذشته یک بار دیگر نشان داده شود.</translation>
    </message>
</context>
<context>
    <name>rc::contacts::OpeningHours</name>
    <message>
        <source>Opens today at %1</source>
        <translation>امروز ساعت %1 باز می‌شود</translation>
    </message>
    <message>
        <source>Opens tomorrow at %1</source>
        <translation>فردا ساعت %1 باز می‌شود</translation>
    </message>
    <message>
        <source>Opens %1 at %2</source>
        <extracomment>%1 is a day (&quot;Monday&quot;) or a date (&quot;Thursday 8 January&quot;), %2 a time (&quot;09:00&quot;)</extracomment>
        <translation>%1 ساعت %2 باز می‌شود</translation>
    </message>
    <message>
        <source>Open now, until midnight</source>
        <translation>حالا باز است، تا نیمه‌شب</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>حالا باز است، تا ساعت %1</translation>
    </message>
    <message>
        <source>Open now, until tomorrow at %1</source>
        <translation>حالا باز است، تا فردا ساعت %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <extracomment>%1 is a day (&quot;Monday&quot;) or a date (&quot;Thursday 8 January&quot;), %2 a time (&quot;09:00&quot;)</extracomment>
        <translation>حالا باز است، تا %1 ساعت %2</translation>
    </message>
    <message>
        <source>Open 24 hours, every day</source>
        <translation>هر روز، 24 ساعت باز است</translation>
    </message>
    <message>
        <source>Not open on any day</source>
        <translation>هیچ روزی باز نیست</translation>
    </message>
    <message>
        <source>Closed today (public holiday). %1</source>
        <extracomment>%1 says when it opens next, e.g. &quot;Opens tomorrow at 09:00&quot;</extracomment>
        <translation>امروز بسته است (رخصتی رسمی). %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactDetails</name>
    <message>
        <source>Call %1</source>
        <translation>زنگ زدن به %1</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <source>Only from a Dutch phone number</source>
        <translation>فقط از نمبر تیلفون هالندی</translation>
    </message>
    <message>
        <source>WhatsApp %1</source>
        <translation>واتس‌اپ %1</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>ایمیل به %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>ویب‌سایت: %1</translation>
    </message>
    <message>
        <source>This organisation is not in the installed information.</source>
        <translation>این مؤسسه در معلومات نصب‌شده نیست.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>مسیر کامل فایل را تایپ کنید. این مسیر با / شروع می‌شود.</translation>
    </message>
    <message>
        <source>The contact card could not be saved at %1: %2</source>
        <translation>کارت تماس در %1 ذخیره نشد: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactListModel</name>
    <message>
        <source>Across the Netherlands</source>
        <translation>در سراسر هالند</translation>
    </message>
    <message>
        <source>In a region or town</source>
        <translation>در یک منطقه یا شهر</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>همهٔ موضوع‌ها</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>همهٔ منطقه‌ها</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>هر زبان</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactTexts</name>
    <message>
        <source>Legal help</source>
        <translation>کمک حقوقی</translation>
    </message>
    <message>
        <source>Support during the procedure</source>
        <translation>حمایت در جریان پروسه</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>صحت</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>صحت روانی</translation>
    </message>
    <message>
        <source>LGBTIQ+</source>
        <translation>LGBTIQ+</translation>
    </message>
    <message>
        <source>Violence against women and girls</source>
        <translation>خشونت علیه زنان و دختران</translation>
    </message>
    <message>
        <source>Human trafficking</source>
        <translation>قاچاق انسان</translation>
    </message>
    <message>
        <source>Children on their own</source>
        <translation>اطفال بدون همراه</translation>
    </message>
    <message>
        <source>Finding family members</source>
        <translation>پیدا کردن اعضای فامیل</translation>
    </message>
    <message>
        <source>Going back</source>
        <translation>برگشت به کشور خود</translation>
    </message>
    <message>
        <source>Without papers</source>
        <translation>بدون اسناد</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>حالات عاجل</translation>
    </message>
    <message>
        <source>Across the Netherlands</source>
        <translation>در سراسر هالند</translation>
    </message>
    <message>
        <source>Hours not known: check the website</source>
        <translation>ساعات کاری معلوم نیست: ویب‌سایت را ببینید</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>ساعات کاری معلوم نیست</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContentUpdates</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Download progress, e.g. &quot;120 KB of 300 KB&quot;</extracomment>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <source>This web address is not valid. Type it like https://example.org/content/.</source>
        <translation>این آدرس انترنتی درست نیست. آن را این طور تایپ کنید: https://example.org/content/</translation>
    </message>
    <message>
        <source>Type a web address starting with https://, or the full path of a folder, starting with /.</source>
        <translation>یک آدرس انترنتی تایپ کنید که با https:// شروع شود، یا مسیر کامل یک فولدر را که با / شروع شود.</translation>
    </message>
    <message>
        <source>This mirror is already in the list.</source>
        <translation>این منبع به‌روزرسانی از قبل در لست است.</translation>
    </message>
    <message>
        <source>Content updates are not available here.</source>
        <translation>به‌روزرسانی معلومات در اینجا موجود نیست.</translation>
    </message>
    <message>
        <source>Add a mirror first: a USB stick or folder with a copy of the information, or the web address your organisation gave you.</source>
        <translation>اول یک منبع به‌روزرسانی اضافه کنید: یک فلش USB یا فولدری که یک کاپی از معلومات در آن است، یا آدرس انترنتی که مؤسسهٔ شما به شما داده است.</translation>
    </message>
    <message>
        <source>The app cannot tell whether this connection costs money, so the web mirrors were not used. Turn off &quot;Only on unmetered networks&quot; to use them anyway.</source>
        <translation>اپ نمی‌تواند بفهمد که این اتصال پول مصرف می‌کند یا نه، به همین دلیل از منبع‌های انترنتی استفاده نشد. اگر باز هم می‌خواهید از آن‌ها استفاده کنید، «فقط در شبکه‌های غیرحجمی» را خاموش کنید.</translation>
    </message>
    <message>
        <source>This device is not connected to a network, so the web mirrors were not used.</source>
        <translation>این دستگاه به هیچ شبکه‌ای وصل نیست، به همین دلیل از منبع‌های انترنتی استفاده نشد.</translation>
    </message>
    <message>
        <source>This connection may cost money (it is metered), so the web mirrors were not used.</source>
        <translation>این اتصال شاید پول مصرف کند (حجمی است)، به همین دلیل از منبع‌های انترنتی استفاده نشد.</translation>
    </message>
    <message>
        <source>The information was updated.</source>
        <translation>معلومات به‌روز شد.</translation>
    </message>
    <message>
        <source>The information is up to date.</source>
        <translation>معلومات به‌روز است.</translation>
    </message>
    <message>
        <source>This copy of the information is older than what you already have. It was ignored, and nothing changed.</source>
        <translation>این کاپی معلومات از معلوماتی که شما دارید کهنه‌تر است. نادیده گرفته شد و هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <source>A mirror offered older information than what you already have. It was refused, and nothing changed.</source>
        <translation>یک منبع به‌روزرسانی معلوماتی کهنه‌تر از معلومات فعلی شما داشت. قبول نشد و هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <source>The information on the mirror has expired: the mirror is no longer kept up to date, or someone is holding back updates. Nothing changed.</source>
        <translation>معلومات این منبع به‌روزرسانی تاریخ‌گذشته است: یا این منبع دیگر به‌روز نگه داشته نمی‌شود، یا کسی جلوی به‌روزرسانی‌ها را گرفته است. هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <source>The mirror could not be read: it cannot be reached, or it holds no copy of the information. Nothing changed.</source>
        <translation>منبع به‌روزرسانی خوانده نشد: یا به آن دسترسی نیست، یا هیچ کاپی معلومات در آن نیست. هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <source>The information could not be updated on this device. Nothing changed.</source>
        <translation>معلومات در این دستگاه به‌روز نشد. هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <source>The information on the mirror is not correctly signed by your distributor. It was refused, and nothing changed.</source>
        <translation>معلومات این منبع به‌روزرسانی به درستی توسط توزیع‌کنندهٔ اپ امضا نشده است. قبول نشد و هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <source>This copy is older than its signatures allow, but nothing in it is older than what you had, so it was used.</source>
        <translation>این کاپی کهنه‌تر از مدتی است که امضاهایش اجازه می‌دهند، اما هیچ چیز در آن کهنه‌تر از معلوماتی که داشتید نیست، به همین دلیل استفاده شد.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>جزئیات: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::DocumentsModel</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>در %1 فایلی وجود ندارد.</translation>
    </message>
    <message>
        <source>Only photos and PDF files can be kept here.</source>
        <translation>اینجا فقط می‌توانید عکس و فایل PDF نگه دارید.</translation>
    </message>
</context>
<context>
    <name>rc::ui::Handout</name>
    <message>
        <source>No content is installed, so there is nothing to print.</source>
        <translation>هیچ معلوماتی نصب نشده است، پس چیزی برای چاپ نیست.</translation>
    </message>
    <message>
        <source>This article is not installed. Update the content and try again.</source>
        <translation>این مقاله نصب نشده است. معلومات را به‌روز کنید و دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>This procedure is not installed. Update the content and try again.</source>
        <translation>این پروسه نصب نشده است. معلومات را به‌روز کنید و دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>چه کسانی آنجا استند</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>چقدر وقت می‌گیرد</translation>
    </message>
    <message>
        <source>What to prepare</source>
        <translation>چه چیزهایی را آماده کنید</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>حقوق شما</translation>
    </message>
    <message>
        <source>Time limit: %1. Ask your lawyer at once how much time you have.</source>
        <translation>مهلت: %1. فوراً از وکیل خود بپرسید که چقدر وقت دارید.</translation>
    </message>
    <message>
        <source>Time limit: %1, %2.</source>
        <translation>مهلت: %1، %2.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>اساس قانونی: %1</translation>
    </message>
    <message>
        <source>This contact is not installed. Update the content and try again.</source>
        <translation>این معلومات تماس نصب نشده است. معلومات را به‌روز کنید و دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>ساعات کاری:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تیلفون</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتس‌اپ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ویب‌سایت</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>آدرس</translation>
    </message>
    <message>
        <source>Only from a Dutch phone number</source>
        <translation>فقط از نمبر تیلفون هالندی</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>مسیر کامل فایل را تایپ کنید. این مسیر با / شروع می‌شود.</translation>
    </message>
    <message>
        <source>%1 is a folder. Type a file name at the end, for example handout.pdf.</source>
        <translation>%1 یک فولدر است. در آخر، نام یک فایل را تایپ کنید، مثلاً handout.pdf.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that exists, or create it first.</source>
        <translation>فولدر %1 وجود ندارد. فولدری را انتخاب کنید که وجود دارد، یا اول آن را بسازید.</translation>
    </message>
    <message>
        <source>Scan to get %1 and read more in the app:</source>
        <translation>سکن کنید تا %1 را بگیرید و در اپ بیشتر بخوانید:</translation>
    </message>
    <message>
        <source>Scan to open the source on a phone:</source>
        <translation>سکن کنید تا منبع در تیلفون باز شود:</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>هنوز به زبان %1 ترجمه نشده است. شما متن را به زبان %2 می‌خوانید.</translation>
    </message>
    <message>
        <source>Machine translation, not yet checked by a person</source>
        <translation>ترجمه با کمپیوتر، هنوز کسی آن را بررسی نکرده است</translation>
    </message>
    <message>
        <source>This translation may be out of date</source>
        <translation>این ترجمه شاید به‌روز نباشد</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>قانون در این مورد در حال تغییر است. از وکیل خود یا VluchtelingenWerk بپرسید که چه چیزی برای شما صدق می‌کند.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>آخرین بررسی: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>تاریخ چاپ: %1</translation>
    </message>
    <message>
        <source>Could not save the handout to %1: %2</source>
        <translation>ورق معلومات در %1 ذخیره نشد: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::KioskController</name>
    <message>
        <source>Leave kiosk mode before you change the PIN.</source>
        <translation>پیش از تغییر دادن PIN، از حالت لپ‌تاپ مشترک بیرون شوید.</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation>کود PIN باید %1 تا %2 رقم باشد.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>دو PIN یکسان نیستند. آن‌ها را دوباره تایپ کنید.</translation>
    </message>
    <message>
        <source>The PIN could not be stored. Close other apps and try again.</source>
        <translation>کود PIN ذخیره نشد. اپ‌های دیگر را ببندید و دوباره کوشش کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>چند بار پشت سر هم PIN غلط وارد شد. %n ثانیه صبر کنید، بعد دوباره کوشش کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>این PIN درست نیست. %n ثانیه صبر کنید، بعد دوباره کوشش کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>این PIN درست نیست.</translation>
    </message>
</context>
<context>
    <name>rc::ui::LanShareController</name>
    <message>
        <source>Sharing stops by itself in %1.</source>
        <extracomment>%1 is minutes and seconds, e.g. 29:59</extracomment>
        <translation>شریک ساختن بعد از %1 خودش متوقف می‌شود.</translation>
    </message>
    <message>
        <source>This computer does not seem to be connected to a local network (Wi-Fi or cable). Connect it to the same network as the phones, then stop and start sharing again.</source>
        <translation>معلوم می‌شود که این کمپیوتر به یک شبکهٔ محلی (وای‌فای یا کیبل) وصل نیست. آن را به همان شبکه‌ای وصل کنید که تیلفون‌ها به آن وصل استند، بعد شریک ساختن را متوقف کنید و دوباره شروع کنید.</translation>
    </message>
    <message>
        <source>Sharing stopped by itself. Start it again if more phones need the information.</source>
        <translation>شریک ساختن خودش متوقف شد. اگر تیلفون‌های دیگر هم به این معلومات ضرورت دارند، آن را دوباره شروع کنید.</translation>
    </message>
    <message>
        <source>Sharing stopped.</source>
        <translation>شریک ساختن متوقف شد.</translation>
    </message>
</context>
<context>
    <name>rc::ui::LanguageController</name>
    <message>
        <source>This language is not known to the app.</source>
        <translation>اپ این زبان را نمی‌شناسد.</translation>
    </message>
    <message>
        <source>The interface is not available in %1 on this device. It is shown in %2.</source>
        <extracomment>%1 is the name of a language in that language, e.g. &quot;Nederlands&quot;.</extracomment>
        <translation>اپ در این دستگاه به زبان %1 موجود نیست. به زبان %2 نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>Gregorian calendar</source>
        <translation>تقویم میلادی</translation>
    </message>
    <message>
        <source>Solar Hijri calendar</source>
        <translation>تقویم هجری شمسی</translation>
    </message>
    <message>
        <source>Ethiopian calendar</source>
        <translation>تقویم اتیوپیایی</translation>
    </message>
</context>
<context>
    <name>rc::ui::MyDeadlinesModel</name>
    <message>
        <source>Deadlines cannot be counted: the deadline data of this app is damaged (%1). Ask your lawyer for every deadline.</source>
        <translation>مهلت‌ها حساب شده نمی‌توانند: معلومات مهلت‌ها در این اپ خراب است (%1). همهٔ مهلت‌ها را از وکیل خود بپرسید.</translation>
    </message>
    <message>
        <source>Registration (asylum application)</source>
        <translation>ثبت نام (درخواست پناهندگی)</translation>
    </message>
    <message>
        <source>Detailed interview</source>
        <translation>مصاحبهٔ مفصل</translation>
    </message>
    <message>
        <source>Intention to reject received</source>
        <translation>قصد رد دریافت شد</translation>
    </message>
    <message>
        <source>View on the intention sent</source>
        <translation>جواب به قصد رد فرستاده شد</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>فیصله فرستاده شد</translation>
    </message>
    <message>
        <source>Residence permit granted</source>
        <translation>اجازهٔ اقامت داده شد</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>اعتراض به محکمه ثبت شد</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>جلسهٔ محکمه</translation>
    </message>
    <message>
        <source>Open your notes first.</source>
        <translation>اول یادداشت‌های خود را باز کنید.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>مسیر کامل فایل را تایپ کنید. این مسیر با / شروع می‌شود.</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>روز آخر: %1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <source>Appointment at %1</source>
        <extracomment>%1 is a time of day, e.g. 14:30</extracomment>
        <translation>وقت ملاقات ساعت %1</translation>
    </message>
    <message>
        <source>Counted from %1 (%2).</source>
        <translation>حساب شده از %1 (%2).</translation>
    </message>
    <message>
        <source>A lawyer must confirm this deadline.</source>
        <translation>این مهلت را باید یک وکیل تأیید کند.</translation>
    </message>
    <message>
        <source>There is nothing to export: no deadlines or appointments from today on.</source>
        <translation>چیزی برای ذخیره در فایل تقویم نیست: از امروز به بعد هیچ مهلت یا وقت ملاقاتی نیست.</translation>
    </message>
    <message>
        <source>The calendar could not be made: %1</source>
        <translation>تقویم ساخته نشد: %1</translation>
    </message>
    <message>
        <source>The calendar could not be saved at %1: %2</source>
        <translation>تقویم در %1 ذخیره نشد: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReadAloud</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <source>Sentence %1 of %2</source>
        <translation>جملهٔ %1 از %2</translation>
    </message>
    <message>
        <source>The device&apos;s voice stopped with an error: %1</source>
        <translation>آواز دستگاه به دلیل یک خطا قطع شد: %1</translation>
    </message>
    <message>
        <source>The recording of this article could not be read.</source>
        <translation>آواز ثبت‌شدهٔ این مقاله خوانده نشد.</translation>
    </message>
    <message>
        <source>The recording cannot be played on this device: %1</source>
        <translation>آواز ثبت‌شده در این دستگاه پخش نمی‌شود: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReminderScheduler</name>
    <message>
        <source>You have a deadline today</source>
        <translation>امروز یک مهلت دارید</translation>
    </message>
    <message>
        <source>You have a deadline tomorrow</source>
        <translation>فردا یک مهلت دارید</translation>
    </message>
    <message numerus="yes">
        <source>You have a deadline in %n days</source>
        <extracomment>Reminder on a locked screen: it must not say which deadline. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>بعد از %n روز یک مهلت دارید</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have an appointment in %n days</source>
        <extracomment>Reminder on a locked screen: it must not say which appointment. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>بعد از %n روز یک وقت ملاقات دارید</numerusform>
        </translation>
    </message>
    <message>
        <source>You have an appointment tomorrow</source>
        <translation>فردا یک وقت ملاقات دارید</translation>
    </message>
    <message numerus="yes">
        <source>You have an appointment in %n hours</source>
        <extracomment>Reminder on a locked screen. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>بعد از %n ساعت یک وقت ملاقات دارید</numerusform>
        </translation>
    </message>
    <message>
        <source>You have an appointment in less than 2 hours</source>
        <translation>در کمتر از 2 ساعت یک وقت ملاقات دارید</translation>
    </message>
    <message numerus="yes">
        <source>You have %n deadlines this week</source>
        <extracomment>One notification for several reminders the app could not show while the vault was locked. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>این هفته %n مهلت دارید</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n appointments this week</source>
        <extracomment>%n is 2 or more.</extracomment>
        <translation>
            <numerusform>این هفته %n وقت ملاقات دارید</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n deadlines and appointments this week</source>
        <extracomment>%n (the deadlines and appointments together) is 2 or more.</extracomment>
        <translation>
            <numerusform>این هفته %n مهلت و وقت ملاقات دارید</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: last day %2</source>
        <extracomment>%1 is what the deadline is for (e.g. Appeal to the court), %2 its last day.</extracomment>
        <translation>%1: روز آخر %2</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <extracomment>%1 is the appointment&apos;s title, %2 its day, %3 its time.</extracomment>
        <translation>%1: %2 ساعت %3</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>یادآوری</translation>
    </message>
</context>
<context>
    <name>rc::ui::VaultController</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>حد اقل %n حرف یا علامه به کار ببرید.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>دو رمز عبور یکسان نیستند. آن‌ها را دوباره تایپ کنید.</translation>
    </message>
    <message>
        <source>This is not a recovery key. It has 32 letters and digits in groups of four.</source>
        <translation>این کلید بازیابی نیست. کلید بازیابی 32 حرف و عدد دارد، در گروه‌های چهارتایی.</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Your recovery key still works.</source>
        <translation>رمز عبور شما تغییر کرد. کلید بازیابی شما هنوز هم کار می‌کند.</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>انتخاب کنید که نسخهٔ پشتیبان در کجا ذخیره شود.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>نسخهٔ پشتیبان برگردانده شد.</translation>
    </message>
    <message>
        <source>The vault file could not be deleted. Try again, or delete the app&apos;s data.</source>
        <translation>فایل صندوق امن پاک نشد. دوباره کوشش کنید، یا معلومات اپ را پاک کنید.</translation>
    </message>
    <message>
        <source>Your vault was deleted.</source>
        <translation>صندوق امن شما پاک شد.</translation>
    </message>
    <message>
        <source>Backup saved, with your documents. It opens with your passphrase or your recovery key.</source>
        <translation>نسخهٔ پشتیبان همراه با اسناد شما ذخیره شد. با رمز عبور یا کلید بازیابی شما باز می‌شود.</translation>
    </message>
</context>
<context>
    <name>rc::ui::VaultRecordsModel</name>
    <message>
        <source>Choose what happened on this date.</source>
        <translation>انتخاب کنید که در این تاریخ چه پیش آمد.</translation>
    </message>
    <message>
        <source>This date does not exist. Check the day and the month.</source>
        <translation>این تاریخ وجود ندارد. روز و ماه را بررسی کنید.</translation>
    </message>
    <message>
        <source>Give the appointment a name, for example &quot;Lawyer&quot;.</source>
        <translation>برای وقت ملاقات یک نام بنویسید، مثلاً «وکیل».</translation>
    </message>
    <message>
        <source>Write the person&apos;s or the organisation&apos;s name.</source>
        <translation>نام شخص یا مؤسسه را بنویسید.</translation>
    </message>
    <message>
        <source>This could not be saved. Try again.</source>
        <translation>ذخیره نشد. دوباره کوشش کنید.</translation>
    </message>
</context>
<context>
    <name>rc::vault</name>
    <message>
        <source>Your private notes were not found on this phone.</source>
        <translation>یادداشت‌های شخصی شما در این تیلفون پیدا نشد.</translation>
    </message>
    <message>
        <source>This file does not hold Rights Companion notes. Nothing was changed.</source>
        <translation>در این فایل یادداشت‌های Rights Companion نیست. هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer version of Rights Companion. Update the app to open them. Your notes were not changed.</source>
        <translation>یادداشت‌های شما با نسخهٔ جدیدتر Rights Companion ذخیره شده است. برای باز کردن آن‌ها اپ را به‌روز کنید. یادداشت‌های شما تغییر نکرده است.</translation>
    </message>
    <message>
        <source>This file was changed or damaged, so it cannot be opened. Your notes were not changed.</source>
        <translation>این فایل تغییر کرده یا خراب شده است، به همین دلیل باز نمی‌شود. یادداشت‌های شما تغییر نکرده است.</translation>
    </message>
    <message>
        <source>The passphrase or recovery key is not right. Check it and try again.</source>
        <translation>رمز عبور یا کلید بازیابی درست نیست. آن را بررسی کنید و دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>This phone does not have enough free memory right now. Close other apps and try again. Your notes were not changed.</source>
        <translation>این تیلفون فعلاً حافظهٔ خالی کافی ندارد. اپ‌های دیگر را ببندید و دوباره کوشش کنید. یادداشت‌های شما تغییر نکرده است.</translation>
    </message>
    <message>
        <source>The phone&apos;s storage could not be read or written (it may be full). The last saved copy of your notes was kept.</source>
        <translation>حافظهٔ تیلفون خوانده یا نوشته نشد (شاید پر باشد). آخرین نسخهٔ ذخیره‌شدهٔ یادداشت‌های شما نگه داشته شد.</translation>
    </message>
    <message>
        <source>This document is too large for Rights Companion to keep or show. Nothing was changed.</source>
        <translation>این سند برای نگه داشتن یا نشان دادن در Rights Companion خیلی بزرگ است. هیچ چیز تغییر نکرد.</translation>
    </message>
</context>
</TS>
