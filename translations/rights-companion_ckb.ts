<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ku_IQ">
<context>
    <name>ArticlePage</name>
    <message>
        <source>Article</source>
        <translation>وتار</translation>
    </message>
    <message>
        <source>Save this article as a PDF file in the language you are reading, with its sources, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</source>
        <translation>ئەم وتارە وەک فایلی PDF بەو زمانەی دەیخوێننەوە پاشەکەوت بکەن، لەگەڵ سەرچاوەکانی، بەرواری پشکنینەکەی و کۆدێکی QR. چاپی بکەن یان بیدەن بە کەسێک. هیچ شتێک لە تێبینییەکانتانی تێدا نییە.</translation>
    </message>
    <message>
        <source>Listen to this article</source>
        <translation>گوێ لەم وتارە بگرن</translation>
    </message>
    <message>
        <source>A recorded reading in %1.</source>
        <translation>دەنگی تۆمارکراو بە %1.</translation>
    </message>
    <message>
        <source>Read by your device&apos;s voice in %1. It may say some words wrongly.</source>
        <translation>دەنگی ئامێرەکەتان بە %1 دەیخوێنێتەوە. لەوانەیە هەندێک وشە بە هەڵە بڵێت.</translation>
    </message>
    <message>
        <source>There is no recording of this article in %1, and this device has no voice for %1.</source>
        <translation>هیچ دەنگێکی تۆمارکراوی ئەم وتارە بە %1 نییە، و ئەم ئامێرە هیچ دەنگێکی بۆ %1 نییە.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>ڕاگرتن</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>لێدان</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>لە سەرەتاوە</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>هێواشتر</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>خێرایی ئاسایی</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>خێراتر</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>زۆر خێراتر</translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation>خێرایی: %1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>شوێن: %1</translation>
    </message>
    <message>
        <source>Listen in English</source>
        <translation>بە ئینگلیزی گوێ بگرن</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>This article is not available. It may have been removed in a content update.</source>
        <translation>ئەم وتارە بەردەست نییە. لەوانەیە لە نوێکردنەوەی زانیارییەکاندا لابرابێت.</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>دوایین پشکنین: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>سەرچاوەکان</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the English text.</source>
        <translation>هێشتا وەرنەگێڕدراوەتە سەر %1. دەقە ئینگلیزییەکە دەخوێننەوە.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>هێشتا وەرنەگێڕدراوەتە سەر %1. دەقەکە بە %2 دەخوێننەوە.</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>یاسای ئەم بابەتە دەگۆڕێت. لە پارێزەرەکەتان یان VluchtelingenWerk بپرسن چی بۆ ئێوە جێبەجێ دەبێت.</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>چی دەگۆڕێت</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact</source>
        <translation>پەیوەندی</translation>
    </message>
    <message>
        <source>This organisation is not in the installed information. It may have been removed in a content update.</source>
        <translation>ئەم ڕێکخراوە لە زانیارییە دامەزراوەکاندا نییە. لەوانەیە لە نوێکردنەوەی زانیارییەکاندا لابرابێت.</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>کاتەکانی کارکردن: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>ناونیشان: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>کۆپی کرا</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کۆپیکردن</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>کۆپیکردنی ناونیشان</translation>
    </message>
    <message>
        <source>Copy the e-mail address</source>
        <translation>کۆپیکردنی ناونیشانی ئیمەیڵ</translation>
    </message>
    <message>
        <source>Copy the number %1</source>
        <translation>کۆپیکردنی ژمارەی %1</translation>
    </message>
    <message>
        <source>Give this contact to a phone</source>
        <translation>ناردنی ئەم پەیوەندییە بۆ مۆبایلێک</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera to save the contact.</source>
        <translation>ئەم کۆدە بە کامێرای مۆبایلەکە سکان بکەن بۆ ئەوەی پەیوەندییەکە پاشەکەوت بکەن.</translation>
    </message>
    <message>
        <source>QR code of the contact %1</source>
        <translation>کۆدی QR بۆ پەیوەندیی %1</translation>
    </message>
    <message>
        <source>Where to save the contact card (.vcf)</source>
        <translation>شوێنی هەڵگرتنی کارتی پەیوەندی (.vcf)</translation>
    </message>
    <message>
        <source>Save contact card</source>
        <translation>پاشەکەوتکردنی کارتی پەیوەندی</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>ڕێڕەوی تەواوی فایلەکە بنووسن، کە بە / دەست پێدەکات.</translation>
    </message>
    <message>
        <source>Contact card saved.</source>
        <translation>کارتی پەیوەندی پاشەکەوت کرا.</translation>
    </message>
    <message>
        <source>They are not known to speak your language. They speak: %1.</source>
        <translation>نازانین زمانی ئێوە دەزانن یان نا. ئەم زمانانە دەزانن: %1.</translation>
    </message>
    <message>
        <source>We do not know which languages they speak.</source>
        <translation>نازانین بە چ زمانێک قسە دەکەن.</translation>
    </message>
    <message>
        <source>You can ask whether they can arrange an interpreter (in Dutch: tolk).</source>
        <translation>دەتوانن بپرسن ئایا دەتوانن وەرگێڕێکی زارەکیتان (بە هۆڵەندی: tolk) بۆ ئامادە بکەن.</translation>
    </message>
    <message>
        <source>Languages they speak: %1</source>
        <translation>ئەو زمانانەی قسەیان پێدەکەن: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>لە کوێ: %1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>دوایین پشکنین: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>سەرچاوەکان</translation>
    </message>
    <message>
        <source>Added to your contacts in My case.</source>
        <translation>زیاد کرا بۆ پەیوەندییەکانتان لە «دۆسیەکەم».</translation>
    </message>
    <message>
        <source>Keep in My case</source>
        <translation>هەڵگرتن لە «دۆسیەکەم»</translation>
    </message>
    <message>
        <source>Open your notes to keep this organisation among your own contacts, with a note of your own.</source>
        <translation>تێبینییەکانتان بکەنەوە بۆ ئەوەی ئەم ڕێکخراوە لەناو پەیوەندییەکانی خۆتاندا هەڵبگرن، لەگەڵ تێبینییەکی خۆتان.</translation>
    </message>
    <message>
        <source>A note for yourself (optional)</source>
        <translation>تێبینییەک بۆ خۆتان (ئارەزوومەندانە)</translation>
    </message>
    <message>
        <source>Add to my contacts</source>
        <translation>زیادکردن بۆ پەیوەندییەکانم</translation>
    </message>
    <message>
        <source>Save how to reach this organisation as a PDF file in the language you are reading, with the opening hours, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</source>
        <translation>زانیارییەکانی پەیوەندیکردن بەم ڕێکخراوە وەک فایلی PDF بەو زمانەی دەیخوێننەوە پاشەکەوت بکەن، لەگەڵ کاتەکانی کارکردن، بەرواری پشکنینەکەی و کۆدێکی QR. چاپی بکەن یان بیدەن بە کەسێک. هیچ شتێک لە تێبینییەکانتانی تێدا نییە.</translation>
    </message>
</context>
<context>
    <name>ContentUpdatesPage</name>
    <message>
        <source>Content updates</source>
        <translation>نوێکردنەوەی زانیارییەکان</translation>
    </message>
    <message>
        <source>Content updates are not available here.</source>
        <translation>نوێکردنەوەی زانیارییەکان لێرە بەردەست نییە.</translation>
    </message>
    <message>
        <source>Content as of %1</source>
        <translation>زانیاری تا %1</translation>
    </message>
    <message>
        <source>No information is installed yet.</source>
        <translation>هێشتا هیچ زانیارییەک دانەمەزراوە.</translation>
    </message>
    <message>
        <source>This information may be out of date: your organisation expected you to have newer information by now. Check for updates when you can.</source>
        <translation>لەوانەیە ئەم زانیارییانە کۆن بووبن: ڕێکخراوەکەتان چاوەڕێی دەکرد تا ئێستا زانیاریی نوێترتان هەبێت. هەر کاتێک توانیتان، بەدوای نوێکردنەوەدا بگەڕێن.</translation>
    </message>
    <message>
        <source>Last check: %1</source>
        <translation>دوایین پشکنین: %1</translation>
    </message>
    <message>
        <source>Not checked for updates yet.</source>
        <translation>هێشتا بەدوای نوێکردنەوەدا نەگەڕاون.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>ئێستا بپشکنن</translation>
    </message>
    <message>
        <source>Add a mirror below to check for updates.</source>
        <translation>لە خوارەوە سەرچاوەیەکی نوێکردنەوە زیاد بکەن بۆ ئەوەی بەدوای نوێکردنەوەدا بگەڕێن.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>پێشکەوتنی داگرتن</translation>
    </message>
    <message>
        <source>Checking the mirrors…</source>
        <translation>سەرچاوەکانی نوێکردنەوە دەپشکنرێن…</translation>
    </message>
    <message>
        <source>Mirrors</source>
        <translation>سەرچاوەکانی نوێکردنەوە</translation>
    </message>
    <message>
        <source>Places to get updates from, tried in order: a USB stick or a folder with a copy, or a web address your organisation gave you. Whatever a mirror offers is used only if your distributor signed it.</source>
        <translation>ئەو شوێنانەی نوێکردنەوەیان لێوە وەردەگیرێت، بە ڕیز تاقی دەکرێنەوە: فلاشی USB یان فۆڵدەرێک کە کۆپییەکی تێدایە، یان ناونیشانێکی ئینتەرنێت کە ڕێکخراوەکەتان پێیداون. هەرچی سەرچاوەیەکی نوێکردنەوە پێشکەشی بکات، تەنها ئەگەر دابەشکەری ئەپەکە واژۆی کردبێت بەکاردەهێنرێت.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>لابردن</translation>
    </message>
    <message>
        <source>Remove the mirror %1</source>
        <translation>لابردنی سەرچاوەی نوێکردنەوەی %1</translation>
    </message>
    <message>
        <source>https://… or /media/usb-stick</source>
        <translation>⁦https://…⁩ یان ⁦/media/usb-stick⁩</translation>
    </message>
    <message>
        <source>New mirror</source>
        <translation>سەرچاوەی نوێکردنەوەی نوێ</translation>
    </message>
    <message>
        <source>Add mirror</source>
        <translation>زیادکردنی سەرچاوەی نوێکردنەوە</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>تۆڕ</translation>
    </message>
    <message>
        <source>Only on unmetered networks</source>
        <translation>تەنها لەسەر تۆڕە بێسنوورەکان</translation>
    </message>
    <message>
        <source>This device is not connected to a network now.</source>
        <translation>ئەم ئامێرە ئێستا بە هیچ تۆڕێکەوە نەبەستراوە.</translation>
    </message>
    <message>
        <source>This connection is metered: it may cost money.</source>
        <translation>ئەم پەیوەندییە سنووردارە: لەوانەیە پارەی تێبچێت.</translation>
    </message>
    <message>
        <source>This connection is not metered.</source>
        <translation>ئەم پەیوەندییە سنووردار نییە.</translation>
    </message>
    <message>
        <source>The app cannot tell whether this connection is metered. With this option on, web mirrors are not used; USB sticks and folders always are.</source>
        <translation>ئەپەکە ناتوانێت بزانێت ئەم پەیوەندییە سنووردارە یان نا. کاتێک ئەم هەڵبژاردەیە چالاکە، سەرچاوەکانی نوێکردنەوە لەسەر ئینتەرنێت بەکار ناهێنرێن؛ بەڵام فلاشی USB و فۆڵدەرەکان هەمیشە بەکاردەهێنرێن.</translation>
    </message>
    <message>
        <source>The app connects to the internet only to reach the web mirrors you add here, and sends nothing about you.</source>
        <translation>ئەپەکە تەنها بۆ گەیشتن بەو سەرچاوانەی نوێکردنەوە لەسەر ئینتەرنێت کە لێرە زیادیان دەکەن پەیوەندی بە ئینتەرنێتەوە دەکات، و هیچ شتێک دەربارەی ئێوە نانێرێت.</translation>
    </message>
    <message>
        <source>Share with phones nearby</source>
        <translation>هاوبەشکردن لەگەڵ مۆبایلەکانی نزیک</translation>
    </message>
    <message>
        <source>Phones on the same network can get the information from this computer. Phones check everything they get against your distributor&apos;s signatures, so sharing cannot change what they accept. Only people on the same network (Wi-Fi or cable) can connect. Sharing stops by itself after 30 minutes.</source>
        <translation>ئەو مۆبایلانەی لەسەر هەمان تۆڕن دەتوانن زانیارییەکان لەم کۆمپیوتەرەوە وەربگرن. مۆبایلەکان هەموو ئەو شتانەی وەریدەگرن بە واژۆکانی دابەشکەری ئەپەکە دەپشکنن، بۆیە هاوبەشکردن ناتوانێت ئەوە بگۆڕێت کە مۆبایلەکان وەریدەگرن. تەنها ئەو کەسانەی لەسەر هەمان تۆڕن (Wi-Fi یان کێبڵ) دەتوانن پەیوەندی بکەن. هاوبەشکردن دوای 30 خولەک خۆی دەوەستێت.</translation>
    </message>
    <message>
        <source>This computer shares the information that came with the app. Updates it installed later are not shared.</source>
        <translation>ئەم کۆمپیوتەرە ئەو زانیارییانە هاوبەش دەکات کە لەگەڵ ئەپەکەدا هاتوون. ئەو نوێکردنەوانەی دواتر دایمەزراندوون هاوبەش ناکرێن.</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>دەستپێکردنی هاوبەشکردن</translation>
    </message>
    <message>
        <source>On the phone, open Content updates, add this address as a mirror, and tap Check now:</source>
        <translation>لەسەر مۆبایلەکە «نوێکردنەوەی زانیارییەکان» بکەنەوە، ئەم ناونیشانە وەک سەرچاوەی نوێکردنەوە زیاد بکەن، پاشان دەست بنێن بە «ئێستا بپشکنن»:</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>کۆدی QR بۆ ناونیشانی %1</translation>
    </message>
    <message>
        <source>Files sent so far: %1</source>
        <translation>ئەو فایلانەی تا ئێستا نێردراون: %1</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>ڕاگرتنی هاوبەشکردن</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Day: %1</source>
        <translation>ڕۆژ: %1</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>مانگ: %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>ساڵ: %1</translation>
    </message>
    <message>
        <source>Hour: %1</source>
        <translation>کاتژمێر: %1</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>خولەک: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Find help</source>
        <translation>دۆزینەوەی یارمەتی</translation>
    </message>
    <message>
        <source>Search by name or what they do</source>
        <translation>بە ناو یان بەو کارەی دەیکەن بگەڕێن</translation>
    </message>
    <message>
        <source>Search the organisations</source>
        <translation>گەڕان لە ڕێکخراوەکاندا</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>بابەت</translation>
    </message>
    <message>
        <source>Language they speak</source>
        <translation>ئەو زمانەی قسەی پێدەکەن</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ناوچە</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>ئێستا کراوەیە</translation>
    </message>
    <message>
        <source>Show only organisations that are open now</source>
        <translation>تەنها ئەو ڕێکخراوانە نیشان بدرێن کە ئێستا کراوەن</translation>
    </message>
    <message>
        <source>Only organisations whose opening hours we know are shown.</source>
        <translation>تەنها ئەو ڕێکخراوانە نیشان دەدرێن کە کاتەکانی کارکردنیان دەزانین.</translation>
    </message>
    <message>
        <source>There are no organisations in the installed information yet. A content update can add them.</source>
        <translation>هێشتا هیچ ڕێکخراوێک لە زانیارییە دامەزراوەکاندا نییە. نوێکردنەوەی زانیارییەکان دەتوانێت زیادیان بکات.</translation>
    </message>
    <message>
        <source>No organisation matches. Try fewer filters or other words.</source>
        <translation>هیچ ڕێکخراوێک ناگونجێت. فلتەری کەمتر یان وشەی تر تاقی بکەنەوە.</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>پەیوەندییەکانم</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Document</source>
        <translation>بەڵگەنامە</translation>
    </message>
    <message>
        <source>This document is not in your vault.</source>
        <translation>ئەم بەڵگەنامەیە لە سندووقەکەتاندا نییە.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>لاپەڕەی پێشوو</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>لاپەڕە %1 لە %2</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>لاپەڕەی دواتر</translation>
    </message>
    <message>
        <source>Delete this document</source>
        <translation>سڕینەوەی ئەم بەڵگەنامەیە</translation>
    </message>
    <message>
        <source>Delete this document?</source>
        <translation>ئەم بەڵگەنامەیە دەسڕنەوە؟</translation>
    </message>
    <message>
        <source>The app&apos;s copy is deleted for good.</source>
        <translation>کۆپییەکەی ناو ئەپەکە بە یەکجاری دەسڕدرێتەوە.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>هێشتنەوە</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>سڕینەوە</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <translation>بەڵگەنامەکانم</translation>
    </message>
    <message>
        <source>Keep photos and PDFs of your letters here, for example from the IND or COA. They are encrypted like your notes. The app keeps its own copy: afterwards you can delete the original file.</source>
        <translation>وێنە و PDFی نامەکانتان لێرە هەڵبگرن، بۆ نموونە نامەکانی IND یان COA. وەک تێبینییەکانتان شفرە دەکرێن. ئەپەکە کۆپییەکی خۆی هەڵدەگرێت: دوای ئەوە دەتوانن فایلە ڕەسەنەکە بسڕنەوە.</translation>
    </message>
    <message>
        <source>Add a photo or PDF</source>
        <translation>زیادکردنی وێنە یان PDF</translation>
    </message>
    <message>
        <source>File, e.g. /home/me/Downloads/letter.pdf</source>
        <translation>فایل، بۆ نموونە ⁦/home/me/Downloads/letter.pdf⁩</translation>
    </message>
    <message>
        <source>File to add</source>
        <translation>فایل بۆ زیادکردن</translation>
    </message>
    <message>
        <source>Name, e.g. Letter from the IND, 3 March</source>
        <translation>ناو، بۆ نموونە: نامەی IND، 3ی ئازار</translation>
    </message>
    <message>
        <source>Name of the document</source>
        <translation>ناوی بەڵگەنامەکە</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>زیادکردن</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>هێشتا هیچ بەڵگەنامەیەک نییە.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>وێنە</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Glossary</source>
        <translation>فەرهەنگۆک</translation>
    </message>
    <message>
        <source>Search for a word</source>
        <translation>بەدوای وشەیەکدا بگەڕێن</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>گەڕان لە فەرهەنگۆکدا</translation>
    </message>
    <message>
        <source>No word matches “%1”.</source>
        <translation>هیچ وشەیەک لەگەڵ «%1» ناگونجێت.</translation>
    </message>
    <message>
        <source>There is no glossary in the installed information yet.</source>
        <translation>هێشتا هیچ فەرهەنگۆکێک لە زانیارییە دامەزراوەکاندا نییە.</translation>
    </message>
</context>
<context>
    <name>HandoutAction</name>
    <message>
        <source>Saved. Open the PDF to print it or pass it on.</source>
        <translation>پاشەکەوت کرا. فایلە PDFەکە بکەنەوە بۆ ئەوەی چاپی بکەن یان بیدەن بە کەسێکی تر.</translation>
    </message>
    <message>
        <source>Print or save as PDF</source>
        <translation>چاپکردن یان پاشەکەوتکردن وەک PDF</translation>
    </message>
    <message>
        <source>Where to save the PDF file</source>
        <translation>شوێنی هەڵگرتنی فایلی PDF</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>پاشەکەوتکردنی PDF</translation>
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
        <translation>هەندێک لە زانیارییەکان نەخوێنرانەوە. ئەپەکە بەو زانیارییانە کار دەکات کە ساغن.</translation>
    </message>
    <message>
        <source>What do you want to know?</source>
        <translation>دەتانەوێت چی بزانن؟</translation>
    </message>
    <message>
        <source>Information as of %1</source>
        <translation>زانیاری تا %1</translation>
    </message>
    <message>
        <source>No information is installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</source>
        <translation>هێشتا هیچ زانیارییەک دانەمەزراوە. ئەپەکە دووبارە دابمەزرێننەوە، یان داوای نوێکردنەوەی زانیارییەکان لەو ڕێکخراوە بکەن کە ئەپەکەی پێداون.</translation>
    </message>
    <message>
        <source>Dutch words you will hear, explained</source>
        <translation>ڕوونکردنەوەی ئەو وشە هۆڵەندییانەی دەیانبیستن</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>فەرهەنگۆک</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>گەڕان</translation>
    </message>
    <message>
        <source>Search the information</source>
        <translation>گەڕان لە زانیارییەکاندا</translation>
    </message>
    <message>
        <source>This information is from %1 and may be out of date.</source>
        <translation>زانیاری تا %1. لەوانەیە کۆن بووبێت.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>پشکنین بۆ نوێکردنەوە</translation>
    </message>
    <message>
        <source>The steps, where you are, and your deadlines</source>
        <translation>هەنگاوەکان، ئێستا لە کوێن، و ماوە دیاریکراوەکانتان</translation>
    </message>
    <message>
        <source>Your procedure</source>
        <translation>ڕێکارەکەتان</translation>
    </message>
    <message>
        <source>Organisations that can help, and how to reach them</source>
        <translation>ئەو ڕێکخراوانەی دەتوانن یارمەتیتان بدەن، و چۆن پەیوەندییان پێوە بکەن</translation>
    </message>
    <message>
        <source>Find help</source>
        <translation>دۆزینەوەی یارمەتی</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Choose the language of the app and of the information.</source>
        <translation>زمانی ئەپەکە و زانیارییەکان هەڵبژێرن.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>بەخێربێن</translation>
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
        <translation>ئەم لاپەڕەیە دروست نەکرا.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Choose language</source>
        <translation>هەڵبژاردنی زمان</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ماڵەوە</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ڕێکخستنەکان</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>دەرچوون</translation>
    </message>
    <message>
        <source>Quick exit: lock your notes and close the app</source>
        <translation>دەرچوونی خێرا: قفڵکردنی تێبینییەکانتان و داخستنی ئەپەکە</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>تێبینییەکانم</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>خۆبەخش</translation>
    </message>
    <message>
        <source>Volunteer: leave kiosk mode</source>
        <translation>خۆبەخش: دەرچوون لە دۆخی لاپتۆپی هاوبەش</translation>
    </message>
    <message>
        <source>Still there? Touch the screen to continue.</source>
        <translation>هێشتا لێرەن؟ دەست لە شاشەکە بدەن بۆ بەردەوامبوون.</translation>
    </message>
    <message numerus="yes">
        <source>The app starts over in %n seconds, for the next person.</source>
        <translation>
            <numerusform>ئەپەکە دوای %n چرکە بۆ کەسی دواتر لە سەرەتاوە دەست پێدەکاتەوە.</numerusform>
            <numerusform>ئەپەکە دوای %n چرکە بۆ کەسی دواتر لە سەرەتاوە دەست پێدەکاتەوە.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>دەرچوون لە دۆخی لاپتۆپی هاوبەش</translation>
    </message>
    <message>
        <source>For volunteers: type the PIN to leave kiosk mode.</source>
        <translation>بۆ خۆبەخشەکان: بۆ دەرچوون لە دۆخی لاپتۆپی هاوبەش، کۆدی PIN بنووسن.</translation>
    </message>
    <message>
        <source>Volunteer PIN</source>
        <translation>کۆدی PINی خۆبەخش</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. You can try again in %n seconds.</source>
        <translation>
            <numerusform>زۆر جار کۆدی PINی هەڵە نووسرا. دەتوانن دوای %n چرکە دووبارە هەوڵ بدەنەوە.</numerusform>
            <numerusform>زۆر جار کۆدی PINی هەڵە نووسرا. دەتوانن دوای %n چرکە دووبارە هەوڵ بدەنەوە.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
</context>
<context>
    <name>MyCasePage</name>
    <message>
        <source>My case</source>
        <translation>دۆسیەکەم</translation>
    </message>
    <message>
        <source>The details of your case, in one place. They are kept with your private notes, encrypted, and only you can see them.</source>
        <translation>وردەکارییەکانی دۆسیەکەتان، لە یەک شوێندا. لەگەڵ تێبینییە تایبەتەکانتان بە شفرەکراوی هەڵدەگیرێن، و تەنها ئێوە دەتوانن بیانبینن.</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Your foreigner&apos;s number (V-nummer). You find it on letters from the IND, the Immigration and Naturalisation Service.</source>
        <translation>ژمارەی بیانییەکەتان (V-nummer). لەسەر نامەکانی IND (دەزگای کۆچ و ڕەگەزنامە) دەیدۆزنەوە.</translation>
    </message>
    <message>
        <source>Digits only, e.g. 1234567890</source>
        <translation>تەنها ژمارە، بۆ نموونە 1234567890</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>کەسی پەیوەندی</translation>
    </message>
    <message>
        <source>Your contact person at the IND, or at the COA, the organisation that runs the reception centres.</source>
        <translation>کەسی پەیوەندیتان لە IND، یان لە COA، ئەو ڕێکخراوەی سەنتەرەکانی حەواندنەوە بەڕێوە دەبات.</translation>
    </message>
    <message>
        <source>Name, organisation, phone number</source>
        <translation>ناو، ڕێکخراو، ژمارەی تەلەفۆن</translation>
    </message>
    <message>
        <source>Case worker at the IND or the COA</source>
        <translation>کەسی پەیوەندی لە IND یان COA</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>پارێزەر</translation>
    </message>
    <message>
        <source>Name, office, phone number</source>
        <translation>ناو، نووسینگە، ژمارەی تەلەفۆن</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>ڕێکار</translation>
    </message>
    <message>
        <source>Which asylum procedure you are in. Your lawyer or the letters from the IND can tell you.</source>
        <translation>لە کام ڕێکاری پەنابەریدان. پارێزەرەکەتان یان نامەکانی IND دەتوانن پێتان بڵێن.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>هێشتا نەزانراوە</translation>
    </message>
    <message>
        <source>General asylum procedure (AA)</source>
        <translation>ڕێکاری گشتیی پەنابەری (AA)</translation>
    </message>
    <message>
        <source>Extended procedure (VA)</source>
        <translation>ڕێکاری درێژکراوە (VA)</translation>
    </message>
    <message>
        <source>Dublin</source>
        <translation>دەبلن (Dublin)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>هیتر</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>ڕێکار: %1</translation>
    </message>
    <message>
        <source>Registration (asylum application)</source>
        <translation>تۆمارکردن (داواکاریی پەنابەری)</translation>
    </message>
    <message>
        <source>Detailed interview</source>
        <translation>چاوپێکەوتنی وردەکاری</translation>
    </message>
    <message>
        <source>Intention to reject received</source>
        <translation>نیازی ڕەتکردنەوە وەرگیرا</translation>
    </message>
    <message>
        <source>View on the intention sent</source>
        <translation>وەڵامی نووسراو بۆ نیازەکە نێردرا</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>بڕیار نێردرا</translation>
    </message>
    <message>
        <source>Residence permit granted</source>
        <translation>مۆڵەتی نیشتەجێبوون درا</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>تانە پێشکەش کرا</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>دانیشتنی دادگا</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>بەروارە گرنگەکان</translation>
    </message>
    <message>
        <source>The dates of your procedure. Deadlines are counted from them, so write them exactly as they are on your letters.</source>
        <translation>بەروارەکانی ڕێکارەکەتان. ماوە دیاریکراوەکان لەم بەروارانەوە دەژمێردرێن، بۆیە ڕێک وەک ئەوەی لەسەر نامەکانتانە بیاننووسن.</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>زیادکردنی بەروار</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>کاتی چاوپێکەوتنەکان</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>هێشتا هیچ کاتی چاوپێکەوتنێک نییە.</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>زیادکردنی کاتی چاوپێکەوتن</translation>
    </message>
    <message>
        <source>People</source>
        <translation>کەسەکان</translation>
    </message>
    <message>
        <source>Your lawyer, your case worker, your guardian: the people you need to reach.</source>
        <translation>پارێزەرەکەتان، کەسی پەیوەندیتان، سەرپەرشتیارەکەتان: ئەو کەسانەی پێویستە پەیوەندییان پێوە بکەن.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>زیادکردنی کەسێک</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>بەرواری گرنگ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>چی ڕوویدا</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>چی ڕوویدا: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>بەروار</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>تێبینی (ئارەزوومەندانە)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>تێبینی</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>کاتی چاوپێکەوتن</translation>
    </message>
    <message>
        <source>What, e.g. Meeting with my lawyer</source>
        <translation>چی، بۆ نموونە: دیدار لەگەڵ پارێزەرەکەم</translation>
    </message>
    <message>
        <source>What the appointment is</source>
        <translation>کاتی چاوپێکەوتنەکە بۆ چییە</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کەی</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>لە کوێ (ئارەزوومەندانە)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>لە کوێ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>کەس</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <source>Who they are, e.g. My lawyer</source>
        <translation>کێیە، بۆ نموونە: پارێزەرەکەم</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>کێیە</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>ژمارەی تەلەفۆن</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>ناونیشانی ئیمەیڵ</translation>
    </message>
    <message>
        <source>See your procedure and deadlines</source>
        <translation>ڕێکارەکەتان و ماوە دیاریکراوەکانتان ببینن</translation>
    </message>
</context>
<context>
    <name>NoteEditorPage</name>
    <message>
        <source>New note</source>
        <translation>تێبینیی نوێ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>تێبینی</translation>
    </message>
    <message>
        <source>You have no private notes on this phone yet.</source>
        <translation>هێشتا هیچ تێبینییەکی تایبەتتان لەسەر ئەم مۆبایلە نییە.</translation>
    </message>
    <message>
        <source>Unlock your notes first</source>
        <translation>سەرەتا تێبینییەکانتان بکەنەوە</translation>
    </message>
    <message>
        <source>Go to My notes</source>
        <translation>بچن بۆ «تێبینییەکانم»</translation>
    </message>
    <message>
        <source>This note could not be saved. Your text is still here; keep this page open and try again in a moment.</source>
        <translation>ئەم تێبینییە پاشەکەوت نەکرا. دەقەکەتان هێشتا لێرەیە؛ ئەم لاپەڕەیە بە کراوەیی بهێڵنەوە و دوای کەمێک دووبارە هەوڵ بدەنەوە.</translation>
    </message>
    <message>
        <source>Your last changes could not be saved. Your text is still here; keep this page open and try again in a moment.</source>
        <translation>دوایین گۆڕانکارییەکانتان پاشەکەوت نەکران. دەقەکەتان هێشتا لێرەیە؛ ئەم لاپەڕەیە بە کراوەیی بهێڵنەوە و دوای کەمێک دووبارە هەوڵ بدەنەوە.</translation>
    </message>
    <message>
        <source>This note could not be deleted. Try again in a moment.</source>
        <translation>ئەم تێبینییە نەسڕایەوە. دوای کەمێک دووبارە هەوڵ بدەنەوە.</translation>
    </message>
    <message>
        <source>This note is not there any more. It may have been deleted.</source>
        <translation>ئەم تێبینییە ئیتر نەماوە. لەوانەیە سڕابێتەوە.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ناونیشان</translation>
    </message>
    <message>
        <source>Write your note here</source>
        <translation>تێبینییەکەتان لێرە بنووسن</translation>
    </message>
    <message>
        <source>Tags, e.g. interview, lawyer</source>
        <translation>نیشانەکان، بۆ نموونە: چاوپێکەوتن، پارێزەر</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>نیشانەکان، بە کۆما لێک جیاکراونەتەوە</translation>
    </message>
    <message>
        <source>Your note is kept as soon as you start typing.</source>
        <translation>هەر کە دەست بە نووسین بکەن، تێبینییەکەتان هەڵدەگیرێت.</translation>
    </message>
    <message>
        <source>Created %1 · Changed %2</source>
        <translation>دروستکرا: %1 · گۆڕدرا: %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>سڕینەوە</translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation>سڕینەوەی ئەم تێبینییە</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>ئەم تێبینییە دەسڕنەوە؟</translation>
    </message>
    <message>
        <source>The note will be deleted from this phone. You cannot undo this.</source>
        <translation>تێبینییەکە لەم مۆبایلە دەسڕدرێتەوە. ناتوانن ئەمە هەڵبوەشێننەوە.</translation>
    </message>
    <message>
        <source>Keep the note</source>
        <translation>هێشتنەوەی تێبینییەکە</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>سڕینەوەی تێبینییەکە</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Remove</source>
        <translation>لابردن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>پاشەکەوتکردن</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>گەڕان</translation>
    </message>
    <message>
        <source>Search articles and words</source>
        <translation>گەڕان لە وتار و وشەکاندا</translation>
    </message>
    <message>
        <source>Search the information</source>
        <translation>گەڕان لە زانیارییەکاندا</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer or shorter words.</source>
        <translation>هیچ شتێک بۆ «%1» نەدۆزرایەوە. وشەی کەمتر یان کورتتر تاقی بکەنەوە.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>فەرهەنگۆک</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>وتار</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>بە ئینگلیزی</translation>
    </message>
    <message>
        <source>Type a word, or the beginning of a word. Articles, Dutch words from the glossary, the steps of the procedures and contacts are searched.</source>
        <translation>وشەیەک، یان سەرەتای وشەیەک بنووسن. لە وتارەکان، وشە هۆڵەندییەکانی فەرهەنگۆک، هەنگاوەکانی ڕێکارەکان و پەیوەندییەکاندا دەگەڕێین.</translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation>هەنگاوی ڕێکار</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>پەیوەندی</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>ڕێکخستنەکان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>زمان: %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>زانیاری</translation>
    </message>
    <message>
        <source>No information is installed.</source>
        <translation>هیچ زانیارییەک دانەمەزراوە.</translation>
    </message>
    <message>
        <source>%1, published by %2. Information as of %3.</source>
        <translation>%1، بڵاوکراوەی %2. زانیاری تا %3.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>نهێنیپارێزی</translation>
    </message>
    <message>
        <source>This app works without internet. It does not collect or send any information about you.</source>
        <translation>ئەم ئەپە بەبێ ئینتەرنێت کار دەکات. هیچ زانیارییەک دەربارەی ئێوە کۆ ناکاتەوە و نایناردێت.</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>نوێکردنەوەی زانیارییەکان</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>ڕۆژژمێر</translation>
    </message>
    <message>
        <source>Today: %1. Deadlines always show the Gregorian date too: it is the date the IND and the courts use.</source>
        <translation>ئەمڕۆ: %1. ماوە دیاریکراوەکان هەمیشە بەرواری زایینیش نیشان دەدەن: ئەوە ئەو بەروارەیە کە IND و دادگاکان بەکاری دەهێنن.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>نیشاندان</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>قەبارەی دەق</translation>
    </message>
    <message>
        <source>Follow the system (%1%)</source>
        <translation>وەک ڕێکخستنی سیستەم (%1%)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>جیاوازیی ڕەنگەکان</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>ئاسایی</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>جیاوازیی زۆری ڕەنگەکان</translation>
    </message>
    <message>
        <source>Light or dark</source>
        <translation>ڕووناک یان تاریک</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>وەک ڕێکخستنی سیستەم</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ڕووناک</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تاریک</translation>
    </message>
    <message>
        <source>The volunteer PIN is set.</source>
        <translation>کۆدی PINی خۆبەخش دانراوە.</translation>
    </message>
    <message>
        <source>Shared laptop (kiosk) mode</source>
        <translation>دۆخی لاپتۆپی هاوبەش</translation>
    </message>
    <message>
        <source>For a laptop that many people use, one after the other. The app fills the screen and starts with the choice of language. Notes are not available and no files are saved. After a time without use, it starts over and forgets what the last person did. A volunteer leaves kiosk mode with a PIN.</source>
        <translation>بۆ لاپتۆپێک کە چەند کەسێک یەک لە دوای یەک بەکاری دەهێنن. ئەپەکە هەموو شاشەکە دەگرێتەوە و بە هەڵبژاردنی زمان دەست پێدەکات. تێبینییەکان بەردەست نین و هیچ فایلێک پاشەکەوت ناکرێت. دوای کاتێک بەبێ بەکارهێنان، لە سەرەتاوە دەست پێدەکاتەوە و ئەوەی کەسی پێشوو کردوویەتی لەبیر دەکات. خۆبەخشێک بە کۆدی PIN لە دۆخی لاپتۆپی هاوبەش دەردەچێت.</translation>
    </message>
    <message>
        <source>Kiosk mode is on. To leave it, a volunteer taps “Volunteer” at the top and types the PIN.</source>
        <translation>دۆخی لاپتۆپی هاوبەش چالاکە. بۆ دەرچوون لێی، خۆبەخشێک لە سەرەوە دەست دەنێت بە «خۆبەخش» و کۆدی PIN دەنووسێت.</translation>
    </message>
    <message>
        <source>Kiosk mode was asked for. Start it below.</source>
        <translation>داوای دۆخی لاپتۆپی هاوبەش کرا. لە خوارەوە دەستی پێبکەن.</translation>
    </message>
    <message>
        <source>Kiosk mode was asked for, but no volunteer PIN is set. Set a PIN, then start kiosk mode.</source>
        <translation>داوای دۆخی لاپتۆپی هاوبەش کرا، بەڵام هیچ کۆدی PINی خۆبەخش دانەنراوە. کۆدی PIN دابنێن، پاشان دۆخی لاپتۆپی هاوبەش دەست پێبکەن.</translation>
    </message>
    <message>
        <source>A volunteer PIN is set. You can set a new one.</source>
        <translation>کۆدی PINی خۆبەخش دانراوە. دەتوانن کۆدێکی نوێ دابنێن.</translation>
    </message>
    <message>
        <source>Set a volunteer PIN of 4 to 12 digits, and give it only to volunteers.</source>
        <translation>کۆدی PINی خۆبەخش دابنێن کە 4 تا 12 ژمارە بێت، و تەنها بیدەن بە خۆبەخشەکان.</translation>
    </message>
    <message>
        <source>New volunteer PIN (4 to 12 digits)</source>
        <translation>کۆدی PINی نوێی خۆبەخش (4 تا 12 ژمارە)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>هەمان کۆدی PIN دووبارە بنووسنەوە</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>پاشەکەوتکردنی کۆدی PIN</translation>
    </message>
    <message>
        <source>Start over after this time without use</source>
        <translation>دەستپێکردنەوە لە سەرەتاوە دوای ئەم کاتە بەبێ بەکارهێنان</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n خولەک</numerusform>
            <numerusform>%n خولەک</numerusform>
        </translation>
    </message>
    <message>
        <source>Start kiosk mode</source>
        <translation>دەستپێکردنی دۆخی لاپتۆپی هاوبەش</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Machine translation, not yet checked by a person</source>
        <translation>وەرگێڕانی ئامێر، هێشتا لەلایەن مرۆڤێکەوە نەپشکنراوە</translation>
    </message>
    <message>
        <source>This translation may be out of date</source>
        <translation>لەوانەیە ئەم وەرگێڕانە کۆن بووبێت</translation>
    </message>
    <message>
        <source>Not yet in your language. Shown in %1.</source>
        <translation>هێشتا بە زمانی ئێوە نییە. بە %1 نیشان دەدرێت.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Today</source>
        <translation>ئەمڕۆ</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>سبەی</translation>
    </message>
    <message numerus="yes">
        <source>In %n days</source>
        <translation>
            <numerusform>دوای %n ڕۆژ</numerusform>
            <numerusform>دوای %n ڕۆژ</numerusform>
        </translation>
    </message>
    <message>
        <source>Your procedure</source>
        <translation>ڕێکارەکەتان</translation>
    </message>
    <message>
        <source>A lawyer must confirm every deadline. The dates in this app are calculations from general rules, and they can be wrong for your case. Ask your lawyer before you rely on them.</source>
        <translation>پێویستە پارێزەرێک هەموو ماوەیەکی دیاریکراو پشتڕاست بکاتەوە. بەروارەکانی ئەم ئەپە بەپێی یاسا گشتییەکان ژمێردراون، و لەوانەیە بۆ دۆسیەکەی ئێوە هەڵە بن. پێش ئەوەی پشتیان پێ ببەستن، لە پارێزەرەکەتان بپرسن.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the English text.</source>
        <translation>هێشتا وەرنەگێڕدراوەتە سەر %1. دەقە ئینگلیزییەکە دەخوێننەوە.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>هێشتا وەرنەگێڕدراوەتە سەر %1. دەقەکە بە %2 دەخوێننەوە.</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>یاسای ئەم بابەتە دەگۆڕێت. لە پارێزەرەکەتان یان VluchtelingenWerk بپرسن چی بۆ ئێوە جێبەجێ دەبێت.</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>چی دەگۆڕێت</translation>
    </message>
    <message>
        <source>No procedures are installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</source>
        <translation>هێشتا هیچ ڕێکارێک دانەمەزراوە. ئەپەکە دووبارە دابمەزرێننەوە، یان داوای نوێکردنەوەی زانیارییەکان لەو ڕێکخراوە بکەن کە ئەپەکەی پێداون.</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>ڕێکار: %1</translation>
    </message>
    <message>
        <source>The dot marks where you are, from the dates in My case.</source>
        <translation>خاڵەکە نیشانی دەدات ئێستا لە کوێن، بەپێی بەروارەکانی «دۆسیەکەم».</translation>
    </message>
    <message>
        <source>Add the dates from your letters in My case to see where you are.</source>
        <translation>بەروارەکانی نامەکانتان لە «دۆسیەکەم» زیاد بکەن بۆ ئەوەی ببینن ئێستا لە کوێن.</translation>
    </message>
    <message>
        <source>Open your notes to see where you are and your own deadlines.</source>
        <translation>تێبینییەکانتان بکەنەوە بۆ ئەوەی ببینن ئێستا لە کوێن و ماوە دیاریکراوەکانی خۆتان چین.</translation>
    </message>
    <message>
        <source>Step %1: %2. You are here.</source>
        <translation>هەنگاوی %1: %2. ئێوە لێرەن.</translation>
    </message>
    <message>
        <source>Step %1: %2. This comes next.</source>
        <translation>هەنگاوی %1: %2. ئەمە دواتر دێت.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>هەنگاوی %1: %2</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>ئێوە لێرەن</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>دواتر</translation>
    </message>
    <message>
        <source>Your date: %1</source>
        <translation>بەروارەکەتان: %1</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>کێ لەوێ دەبێت</translation>
    </message>
    <message>
        <source>What to prepare</source>
        <translation>چی ئامادە بکەن</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>مافەکانتان</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>چەند دەخایەنێت</translation>
    </message>
    <message>
        <source>Time limit: %1. Ask your lawyer at once how much time you have.</source>
        <translation>ماوەی دیاریکراو: %1. دەستبەجێ لە پارێزەرەکەتان بپرسن چەند کاتتان هەیە.</translation>
    </message>
    <message>
        <source>Time limit: %1, %2.</source>
        <translation>ماوەی دیاریکراو: %1، %2.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>بنەمای یاسایی: %1</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>زیاتر بخوێننەوە</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>خوێندنەوە: %1</translation>
    </message>
    <message>
        <source>My deadlines</source>
        <translation>ماوە دیاریکراوەکانم</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>ڕێڕەوی تەواوی فایلەکە بنووسن، کە بە / دەست پێدەکات.</translation>
    </message>
    <message>
        <source>Calendar saved. Open it with your calendar app to add the dates.</source>
        <translation>ڕۆژژمێرەکە پاشەکەوت کرا. بە ئەپی ڕۆژژمێرەکەتان بیکەنەوە بۆ ئەوەی بەروارەکان زیاد بکەن.</translation>
    </message>
    <message>
        <source>You have not chosen your procedure in My case. Until you do, the deadlines are counted with the shortest time limits, those of the general procedure (AA).</source>
        <translation>ڕێکارەکەتان لە «دۆسیەکەم»دا هەڵنەبژاردووە. تا هەڵیدەبژێرن، ماوە دیاریکراوەکان بە کورتترین ماوەکان دەژمێردرێن، واتە ماوەکانی ڕێکاری گشتیی پەنابەری (AA).</translation>
    </message>
    <message>
        <source>Add the dates from your letters in My case, for example the day your decision was sent. Your deadlines then appear here.</source>
        <translation>بەروارەکانی نامەکانتان لە «دۆسیەکەم» زیاد بکەن، بۆ نموونە ئەو ڕۆژەی بڕیارەکەتان بۆ نێردرا. دوای ئەوە ماوە دیاریکراوەکانتان لێرە دەردەکەون.</translation>
    </message>
    <message>
        <source>None of your dates starts a time limit that this app can count.</source>
        <translation>هیچ کام لە بەروارەکانتان سەرەتای ماوەیەک نییە کە ئەم ئەپە بتوانێت بیژمێرێت.</translation>
    </message>
    <message>
        <source>Ask your lawyer at once: this app gives no date for this time limit.</source>
        <translation>دەستبەجێ لە پارێزەرەکەتان بپرسن: ئەم ئەپە هیچ بەروارێک بۆ ئەم ماوەیە نادات.</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>دوایین ڕۆژ: %1</translation>
    </message>
    <message>
        <source>This deadline could not be counted (%1). Ask your lawyer.</source>
        <translation>ئەم ماوە دیاریکراوە نەژمێردرا (%1). لە پارێزەرەکەتان بپرسن.</translation>
    </message>
    <message>
        <source>This date has passed.</source>
        <translation>ئەم بەروارە تێپەڕیوە.</translation>
    </message>
    <message>
        <source>Counted from: %1</source>
        <translation>ژمێردراوە لە: %1</translation>
    </message>
    <message>
        <source>It is not certain that this time limit gets extra days. To be safe, act by %1.</source>
        <translation>دڵنیا نییە کە ئەم ماوەیە ڕۆژی زیادەی بۆ زیاد دەکرێت. بۆ ئەوەی سەلامەت بن، لە %1 یان پێشتر کارەکەتان بکەن.</translation>
    </message>
    <message>
        <source>Counted with the time limit of the general procedure (AA), because you have not chosen your procedure.</source>
        <translation>بە ماوەی ڕێکاری گشتیی پەنابەری (AA) ژمێردراوە، چونکە ڕێکارەکەتان هەڵنەبژاردووە.</translation>
    </message>
    <message>
        <source>A lawyer must confirm this deadline.</source>
        <translation>پێویستە پارێزەرێک ئەم ماوە دیاریکراوە پشتڕاست بکاتەوە.</translation>
    </message>
    <message>
        <source>How it was counted:</source>
        <translation>چۆن ژمێردرا:</translation>
    </message>
    <message>
        <source>Edit my dates in My case</source>
        <translation>دەستکاریکردنی بەروارەکانم لە «دۆسیەکەم»</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>داهاتوو</translation>
    </message>
    <message>
        <source>No deadlines or appointments from today on.</source>
        <translation>لە ئەمڕۆوە هیچ ماوەی دیاریکراو یان کاتی چاوپێکەوتنێک نییە.</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>ماوەی دیاریکراو: %1</translation>
    </message>
    <message>
        <source>Ask your lawyer at once</source>
        <translation>دەستبەجێ لە پارێزەرەکەتان بپرسن</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation>زیادکردن بۆ ڕۆژژمێرەکەتان</translation>
    </message>
    <message>
        <source>Save your deadlines and appointments as a calendar file (.ics) that calendar apps can import. The file is not encrypted: anyone who opens it can read it.</source>
        <translation>ماوە دیاریکراوەکان و کاتی چاوپێکەوتنەکانتان وەک فایلێکی ڕۆژژمێر (.ics) پاشەکەوت بکەن کە ئەپەکانی ڕۆژژمێر دەتوانن هاوردەی بکەن. فایلەکە شفرە نەکراوە: هەر کەسێک بیکاتەوە دەتوانێت بیخوێنێتەوە.</translation>
    </message>
    <message>
        <source>Type where to save it, for example %1</source>
        <translation>بنووسن لە کوێ هەڵی دەگرن، بۆ نموونە %1</translation>
    </message>
    <message>
        <source>Where to save the calendar file</source>
        <translation>شوێنی هەڵگرتنی فایلی ڕۆژژمێر</translation>
    </message>
    <message>
        <source>Write only &quot;Deadline&quot; and &quot;Appointment&quot;, without details, so a locked phone shows nothing about your case</source>
        <translation>تەنها «ماوەی دیاریکراو» و «کاتی چاوپێکەوتن» بنووسرێت، بەبێ وردەکاری، بۆ ئەوەی مۆبایلی قفڵکراو هیچ شتێک دەربارەی دۆسیەکەتان نیشان نەدات</translation>
    </message>
    <message>
        <source>Save calendar file</source>
        <translation>پاشەکەوتکردنی فایلی ڕۆژژمێر</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>سەرچاوەکان</translation>
    </message>
    <message>
        <source>Save the steps of this procedure as a PDF file in the language you are reading, with the time limits, the sources and the date it was checked. Print it or give it to someone. It holds nothing from your notes and none of your own dates.</source>
        <translation>هەنگاوەکانی ئەم ڕێکارە وەک فایلی PDF بەو زمانەی دەیخوێننەوە پاشەکەوت بکەن، لەگەڵ ماوە دیاریکراوەکان، سەرچاوەکان و بەرواری پشکنینەکەی. چاپی بکەن یان بیدەن بە کەسێک. هیچ شتێک لە تێبینییەکانتان و هیچ بەروارێکی خۆتانی تێدا نییە.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There is no information on this topic yet.</source>
        <translation>هێشتا هیچ زانیارییەک دەربارەی ئەم بابەتە نییە.</translation>
    </message>
</context>
<context>
    <name>VaultLockedNotice</name>
    <message>
        <source>You have no private notes on this phone yet.</source>
        <translation>هێشتا هیچ تێبینییەکی تایبەتتان لەسەر ئەم مۆبایلە نییە.</translation>
    </message>
    <message>
        <source>Unlock your notes first</source>
        <translation>سەرەتا تێبینییەکانتان بکەنەوە</translation>
    </message>
    <message>
        <source>Go to My notes</source>
        <translation>بچن بۆ «تێبینییەکانم»</translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <source>My notes</source>
        <translation>تێبینییەکانم</translation>
    </message>
    <message>
        <source>Your notes are locked.</source>
        <translation>تێبینییەکانتان قفڵن.</translation>
    </message>
    <message>
        <source>Your notes are open.</source>
        <translation>تێبینییەکانتان کراوەن.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفڵکردن</translation>
    </message>
    <message>
        <source>Lock my notes</source>
        <translation>قفڵکردنی تێبینییەکانم</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>دەرچوونی خێرا</translation>
    </message>
    <message>
        <source>Quick exit: lock my notes and close the app at once</source>
        <translation>دەرچوونی خێرا: قفڵکردنی تێبینییەکانم و داخستنی دەستبەجێی ئەپەکە</translation>
    </message>
    <message>
        <source>Your passphrase is too short. Use at least %1 characters.</source>
        <translation>دەستەواژەی نهێنییەکەتان زۆر کورتە. لانیکەم %1 هێما بەکاربهێنن.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>هەردوو دەستەواژە نهێنییەکە وەک یەک نین. دووبارە بیاننووسنەوە.</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>تێبینیی تایبەت</translation>
    </message>
    <message>
        <source>Keep private notes about your case. They are locked with a passphrase and stored only on this device, encrypted.</source>
        <translation>تێبینیی تایبەت دەربارەی دۆسیەکەتان هەڵبگرن. بە دەستەواژەیەکی نهێنی قفڵ دەکرێن و تەنها لەسەر ئەم ئامێرە، بە شفرەکراوی، هەڵدەگیرێن.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters. A PIN of %1 or more digits works, but a longer passphrase is safer. Do not use your date of birth or your V-number.</source>
        <translation>دەستەواژەیەکی نهێنی هەڵبژێرن کە لانیکەم %1 هێمای هەبێت. کۆدێکی PIN کە %1 ژمارە یان زیاتر بێت کار دەکات، بەڵام دەستەواژەیەکی نهێنیی درێژتر سەلامەتترە. بەرواری لەدایکبوونتان یان V-nummer بەکار مەهێنن.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>دەستەواژەی نهێنییەکە دووبارە بنووسنەوە</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>دروستکردن</translation>
    </message>
    <message>
        <source>Create my private notes</source>
        <translation>دروستکردنی تێبینییە تایبەتەکانم</translation>
    </message>
    <message>
        <source>Making your vault safe. This takes a few seconds.</source>
        <translation>سندووقەکەتان ئامادە دەکرێت. چەند چرکەیەک دەخایەنێت.</translation>
    </message>
    <message>
        <source>I have a backup from another phone</source>
        <translation>کۆپییەکی یەدەگم لە مۆبایلێکی ترەوە هەیە</translation>
    </message>
    <message>
        <source>Type where the backup file is, for example %1, and the passphrase or recovery key that opens it.</source>
        <translation>بنووسن فایلی کۆپیی یەدەگەکە لە کوێیە، بۆ نموونە %1، و ئەو دەستەواژە نهێنییە یان کلیلی گەڕاندنەوەیەی دەیکاتەوە.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>فایلی کۆپیی یەدەگ</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>دەستەواژەی نهێنی یان کلیلی گەڕاندنەوە</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>گەڕاندنەوەی کۆپیی یەدەگ</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>ڕێڕەوی تەواوی فایلەکە بنووسن، کە بە / دەست پێدەکات.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>کلیلی گەڕاندنەوەکەتان</translation>
    </message>
    <message>
        <source>Write this recovery key on paper and keep it somewhere safe. If you forget your passphrase, it is the only way to open your notes. It will not be shown again.</source>
        <translation>ئەم کلیلی گەڕاندنەوەیە لەسەر کاغەز بنووسن و لە شوێنێکی سەلامەتدا هەڵیبگرن. ئەگەر دەستەواژەی نهێنییەکەتان لەبیر بکەن، ئەمە تاکە ڕێگەیە بۆ کردنەوەی تێبینییەکانتان. جارێکی تر نیشان نادرێتەوە.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>کلیلی گەڕاندنەوە</translation>
    </message>
    <message>
        <source>I wrote it down</source>
        <translation>نووسیمەوە</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>بەردەوامبوون</translation>
    </message>
    <message>
        <source>Open your notes</source>
        <translation>کردنەوەی تێبینییەکانتان</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you made your notes. Spaces and dashes do not matter.</source>
        <translation>ئەو کلیلی گەڕاندنەوەیە بنووسن کە کاتی دروستکردنی تێبینییەکانتان نووسیتانەوە. بۆشایی و هێڵی (-) گرنگ نین.</translation>
    </message>
    <message>
        <source>Type your passphrase to open your notes.</source>
        <translation>بۆ کردنەوەی تێبینییەکانتان، دەستەواژەی نهێنییەکەتان بنووسن.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>کردنەوە</translation>
    </message>
    <message>
        <source>Unlock my notes</source>
        <translation>کردنەوەی تێبینییەکانم</translation>
    </message>
    <message>
        <source>Opening your notes. This takes a few seconds.</source>
        <translation>تێبینییەکانتان دەکرێنەوە. چەند چرکەیەک دەخایەنێت.</translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation>بەکارهێنانی کلیلی گەڕاندنەوە</translation>
    </message>
    <message>
        <source>After your notes are open, choose a new passphrase in Vault settings.</source>
        <translation>کاتێک تێبینییەکانتان کرانەوە، لە «ڕێکخستنەکانی سندووق» دەستەواژەیەکی نهێنیی نوێ هەڵبژێرن.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>تێبینیی نوێ</translation>
    </message>
    <message>
        <source>My case</source>
        <translation>دۆسیەکەم</translation>
    </message>
    <message>
        <source>My case: V-number, case worker, lawyer and procedure</source>
        <translation>دۆسیەکەم: V-nummer، کەسی پەیوەندی، پارێزەر و ڕێکار</translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation>ڕێکخستنەکانی سندووق</translation>
    </message>
    <message>
        <source>Search your notes</source>
        <translation>گەڕان لە تێبینییەکانتان</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>پاشەکەوت نەکرا: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>پاشەکەوت کرا</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>پاشەکەوت دەکرێت…</translation>
    </message>
    <message>
        <source>No notes yet. Write down what happened at your interview, names, dates, questions for your lawyer.</source>
        <translation>هێشتا هیچ تێبینییەک نییە. بنووسن چی لە چاوپێکەوتنەکەتاندا ڕوویدا، ناوەکان، بەروارەکان، پرسیارەکان بۆ پارێزەرەکەتان.</translation>
    </message>
    <message>
        <source>No notes contain “%1”.</source>
        <translation>هیچ تێبینییەک «%1»ی تێدا نییە.</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>تێبینیی بێ ناونیشان</translation>
    </message>
    <message>
        <source>Changed %1 · %2</source>
        <translation>گۆڕدرا: %1 · %2</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>گۆڕدرا: %1</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>بەڵگەنامەکانم</translation>
    </message>
    <message>
        <source>My documents: photos and PDFs of letters</source>
        <translation>بەڵگەنامەکانم: وێنە و PDFی نامەکان</translation>
    </message>
</context>
<context>
    <name>VaultSettingsPage</name>
    <message>
        <source>Vault settings</source>
        <translation>ڕێکخستنەکانی سندووق</translation>
    </message>
    <message>
        <source>Working on your vault. This can take a few seconds.</source>
        <translation>کار لەسەر سندووقەکەتان دەکرێت. لەوانەیە چەند چرکەیەک بخایەنێت.</translation>
    </message>
    <message>
        <source>Your passphrase is too short. Use at least %1 characters.</source>
        <translation>دەستەواژەی نهێنییەکەتان زۆر کورتە. لانیکەم %1 هێما بەکاربهێنن.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>هەردوو دەستەواژە نهێنییەکە وەک یەک نین. دووبارە بیاننووسنەوە.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>ڕێڕەوی تەواوی فایلەکە بنووسن، کە بە / دەست پێدەکات.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>گۆڕینی دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>Your notes stay as they are. Your recovery key keeps working.</source>
        <translation>تێبینییەکانتان وەک خۆیان دەمێننەوە. کلیلی گەڕاندنەوەکەتان هەر کار دەکات.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>دەستەواژەی نهێنیی نوێ</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>دەستەواژە نهێنییە نوێیەکە دووبارە بنووسنەوە</translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a few seconds.</source>
        <translation>دەستەواژەی نهێنییەکەتان دەگۆڕدرێت. چەند چرکەیەک دەخایەنێت.</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>قفڵبوونی خۆکار</translation>
    </message>
    <message>
        <source>Your notes lock when you leave the app, and after this many minutes without use:</source>
        <translation>تێبینییەکانتان قفڵ دەبن کاتێک لە ئەپەکە دەردەچن، هەروەها دوای ئەم چەند خولەکە بەبێ بەکارهێنان:</translation>
    </message>
    <message>
        <source>Minutes without use before your notes lock</source>
        <translation>چەند خولەک بەبێ بەکارهێنان پێش ئەوەی تێبینییەکانتان قفڵ ببن</translation>
    </message>
    <message numerus="yes">
        <source>minutes</source>
        <translation>
            <numerusform>خولەک</numerusform>
            <numerusform>خولەک</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>هەڵگرتنی کۆپیی یەدەگ</translation>
    </message>
    <message>
        <source>A backup is a copy of your vault that stays encrypted. Save it on a memory card or USB stick to move your notes to a new phone. It opens with the passphrase you have now, or with your recovery key.</source>
        <translation>کۆپیی یەدەگ کۆپییەکی سندووقەکەتانە کە شفرەکراو دەمێنێتەوە. لەسەر کارتی بیرگە یان فلاشی USB هەڵیبگرن بۆ ئەوەی تێبینییەکانتان بگوازنەوە بۆ مۆبایلێکی نوێ. بەو دەستەواژە نهێنییەی ئێستا هەتانە، یان بە کلیلی گەڕاندنەوەکەتان دەکرێتەوە.</translation>
    </message>
    <message>
        <source>Type where to save it, for example %1</source>
        <translation>بنووسن لە کوێ هەڵی دەگرن، بۆ نموونە %1</translation>
    </message>
    <message>
        <source>Where to save the backup</source>
        <translation>شوێنی هەڵگرتنی کۆپیی یەدەگ</translation>
    </message>
    <message>
        <source>Save backup</source>
        <translation>هەڵگرتنی کۆپیی یەدەگ</translation>
    </message>
    <message>
        <source>Saving the backup.</source>
        <translation>کۆپیی یەدەگ هەڵدەگیرێت.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>گەڕاندنەوەی کۆپیی یەدەگ</translation>
    </message>
    <message>
        <source>Restoring a backup replaces the notes on this phone with the notes in the backup. Type where the backup file is, and the passphrase or recovery key that opens it.</source>
        <translation>گەڕاندنەوەی کۆپیی یەدەگ، تێبینییەکانی ناو کۆپیی یەدەگەکە دەخاتە جێی تێبینییەکانی سەر ئەم مۆبایلە. بنووسن فایلی کۆپیی یەدەگەکە لە کوێیە، و ئەو دەستەواژە نهێنییە یان کلیلی گەڕاندنەوەیەی دەیکاتەوە.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>فایلی کۆپیی یەدەگ</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>دەستەواژەی نهێنی یان کلیلی گەڕاندنەوە</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>گەڕاندنەوەی کۆپیی یەدەگ</translation>
    </message>
    <message>
        <source>Delete my vault</source>
        <translation>سڕینەوەی سندووقەکەم</translation>
    </message>
    <message>
        <source>Deletes all your notes and case details from this phone.</source>
        <translation>هەموو تێبینی و وردەکارییەکانی دۆسیەکەتان لەم مۆبایلە دەسڕێتەوە.</translation>
    </message>
    <message>
        <source>Replace your notes?</source>
        <translation>تێبینییەکانتان بگۆڕدرێنەوە؟</translation>
    </message>
    <message>
        <source>The notes and case details on this phone will be replaced by those in the backup. You cannot undo this.</source>
        <translation>تێبینی و وردەکارییەکانی دۆسیە لەسەر ئەم مۆبایلە بەوانەی ناو کۆپیی یەدەگەکە دەگۆڕدرێنەوە. ناتوانن ئەمە هەڵبوەشێننەوە.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>گۆڕینەوە</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>سڕینەوە</translation>
    </message>
    <message>
        <source>Delete your vault?</source>
        <translation>سندووقەکەتان دەسڕنەوە؟</translation>
    </message>
    <message>
        <source>All your notes and case details will be deleted from this phone. This cannot be undone, not even with the recovery key. Backups you saved somewhere else are not deleted.</source>
        <translation>هەموو تێبینی و وردەکارییەکانی دۆسیەکەتان لەم مۆبایلە دەسڕدرێنەوە. ناتوانرێت ئەمە هەڵبوەشێنرێتەوە، تەنانەت بە کلیلی گەڕاندنەوەش. ئەو کۆپییە یەدەگانەی لە شوێنێکی تر هەڵتانگرتوون ناسڕدرێنەوە.</translation>
    </message>
    <message>
        <source>To confirm, type %1</source>
        <translation>بۆ دڵنیاکردنەوە، %1 بنووسن</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>بۆ دڵنیاکردنەوە %1 بنووسن</translation>
    </message>
    <message>
        <source>Keep my vault</source>
        <translation>هێشتنەوەی سندووقەکەم</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>سڕینەوەی یەکجاری</translation>
    </message>
    <message>
        <source>Your vault was deleted from this phone.</source>
        <translation>سندووقەکەتان لەم مۆبایلە سڕایەوە.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>بیرخستنەوەکان</translation>
    </message>
    <message>
        <source>While your notes are open, the app reminds you of your deadlines 7 days, 2 days and 1 day before and on the last day, and of your appointments 1 day and 2 hours before. While your notes are locked, there are no reminders. Your reminders are also listed under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</source>
        <translation>کاتێک تێبینییەکانتان کراوەن، ئەپەکە 7 ڕۆژ، 2 ڕۆژ و 1 ڕۆژ پێش ماوە دیاریکراوەکانتان و لە دوایین ڕۆژدا بیرتان دەخاتەوە، هەروەها 1 ڕۆژ و 2 کاتژمێر پێش کاتی چاوپێکەوتنەکانتان. کاتێک تێبینییەکانتان قفڵن، هیچ بیرخستنەوەیەک نییە. بیرخستنەوەکانتان لە بەشی «داهاتوو» لە لاپەڕەی «ڕێکارەکەتان»یش نیشان دەدرێن.</translation>
    </message>
    <message>
        <source>Show details in reminders</source>
        <translation>نیشاندانی وردەکاری لە بیرخستنەوەکاندا</translation>
    </message>
    <message>
        <source>Reminders say which deadline or appointment it is. Anyone who sees your screen, even when it is locked, can read it.</source>
        <translation>بیرخستنەوەکان دەڵێن کام ماوەی دیاریکراو یان کام کاتی چاوپێکەوتنە. هەر کەسێک شاشەکەتان ببینێت، تەنانەت کاتێک قفڵە، دەتوانێت بیخوێنێتەوە.</translation>
    </message>
    <message>
        <source>Reminders only say &quot;You have a deadline in 2 days&quot;, not which one, so a locked screen shows nothing about your case.</source>
        <translation>بیرخستنەوەکان تەنها دەڵێن «دوای 2 ڕۆژ ماوەیەکی دیاریکراوتان تەواو دەبێت»، نەک کامیان، بۆیە شاشەی قفڵکراو هیچ شتێک دەربارەی دۆسیەکەتان نیشان نادات.</translation>
    </message>
    <message>
        <source>This device did not show a reminder as a notification. You find your reminders under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</source>
        <translation>ئەم ئامێرە بیرخستنەوەکەی وەک ئاگادارکردنەوە نیشان نەدا. بیرخستنەوەکانتان لە بەشی «داهاتوو» لە لاپەڕەی «ڕێکارەکەتان» دەدۆزنەوە.</translation>
    </message>
    <message>
        <source>The app remembers which reminders it has shown only until you close it. After a restart, a reminder of the last 24 hours can show once more.</source>
        <translation>ئەپەکە تەنها تا ئەو کاتەی دایدەخەن لەبیری دەمێنێت کام بیرخستنەوەی نیشان داوە. دوای دووبارە کردنەوەی ئەپەکە، لەوانەیە بیرخستنەوەیەکی 24 کاتژمێری ڕابردوو جارێکی تر دەربکەوێت.</translation>
    </message>
</context>
<context>
    <name>rc::contacts::OpeningHours</name>
    <message>
        <source>Opens today at %1</source>
        <translation>ئەمڕۆ کاتژمێر %1 دەکرێتەوە</translation>
    </message>
    <message>
        <source>Opens tomorrow at %1</source>
        <translation>سبەی کاتژمێر %1 دەکرێتەوە</translation>
    </message>
    <message>
        <source>Opens %1 at %2</source>
        <extracomment>%1 is a day (&quot;Monday&quot;) or a date (&quot;Thursday 8 January&quot;), %2 a time (&quot;09:00&quot;)</extracomment>
        <translation>%1 کاتژمێر %2 دەکرێتەوە</translation>
    </message>
    <message>
        <source>Open now, until midnight</source>
        <translation>ئێستا کراوەیە، تا نیوەشەو</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>ئێستا کراوەیە، تا کاتژمێر %1</translation>
    </message>
    <message>
        <source>Open now, until tomorrow at %1</source>
        <translation>ئێستا کراوەیە، تا سبەی کاتژمێر %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <extracomment>%1 is a day (&quot;Monday&quot;) or a date (&quot;Thursday 8 January&quot;), %2 a time (&quot;09:00&quot;)</extracomment>
        <translation>ئێستا کراوەیە، تا %1 کاتژمێر %2</translation>
    </message>
    <message>
        <source>Open 24 hours, every day</source>
        <translation>هەموو ڕۆژێک 24 کاتژمێر کراوەیە</translation>
    </message>
    <message>
        <source>Not open on any day</source>
        <translation>هیچ ڕۆژێک کراوە نییە</translation>
    </message>
    <message>
        <source>Closed today (public holiday). %1</source>
        <extracomment>%1 says when it opens next, e.g. &quot;Opens tomorrow at 09:00&quot;</extracomment>
        <translation>ئەمڕۆ داخراوە (پشووی فەرمی). %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactDetails</name>
    <message>
        <source>Call %1</source>
        <translation>تەلەفۆنکردن بۆ %1</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>فریاکەوتن</translation>
    </message>
    <message>
        <source>Only from a Dutch phone number</source>
        <translation>تەنها لە ژمارە تەلەفۆنێکی هۆڵەندییەوە</translation>
    </message>
    <message>
        <source>WhatsApp %1</source>
        <translation>واتساپ %1</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>ئیمەیڵ بۆ %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>ماڵپەڕ: %1</translation>
    </message>
    <message>
        <source>This organisation is not in the installed information.</source>
        <translation>ئەم ڕێکخراوە لە زانیارییە دامەزراوەکاندا نییە.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>ڕێڕەوی تەواوی فایلەکە بنووسن، کە بە / دەست پێدەکات.</translation>
    </message>
    <message>
        <source>The contact card could not be saved at %1: %2</source>
        <translation>کارتی پەیوەندی لە %1 پاشەکەوت نەکرا: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactListModel</name>
    <message>
        <source>Across the Netherlands</source>
        <translation>لە هەموو هۆڵەندا</translation>
    </message>
    <message>
        <source>In a region or town</source>
        <translation>لە ناوچەیەک یان شارێکدا</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>هەموو بابەتەکان</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>هەموو ناوچەکان</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>هەر زمانێک</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactTexts</name>
    <message>
        <source>Legal help</source>
        <translation>یارمەتیی یاسایی</translation>
    </message>
    <message>
        <source>Support during the procedure</source>
        <translation>پشتگیری لە کاتی ڕێکارەکەدا</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>تەندروستی</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>تەندروستیی دەروونی</translation>
    </message>
    <message>
        <source>LGBTIQ+</source>
        <translation>LGBTIQ+</translation>
    </message>
    <message>
        <source>Violence against women and girls</source>
        <translation>توندوتیژی دژی ژنان و کچان</translation>
    </message>
    <message>
        <source>Human trafficking</source>
        <translation>بازرگانی بە مرۆڤەوە</translation>
    </message>
    <message>
        <source>Children on their own</source>
        <translation>منداڵانی بێ سەرپەرشت</translation>
    </message>
    <message>
        <source>Finding family members</source>
        <translation>دۆزینەوەی ئەندامانی خێزان</translation>
    </message>
    <message>
        <source>Going back</source>
        <translation>گەڕانەوە بۆ وڵات</translation>
    </message>
    <message>
        <source>Without papers</source>
        <translation>بێ بەڵگەنامە</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>حاڵەتە بەپەلەکان</translation>
    </message>
    <message>
        <source>Across the Netherlands</source>
        <translation>لە هەموو هۆڵەندا</translation>
    </message>
    <message>
        <source>Hours not known: check the website</source>
        <translation>کاتەکانی کارکردن نەزانراوە: سەیری ماڵپەڕەکە بکەن</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>کاتەکانی کارکردن نەزانراوە</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContentUpdates</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Download progress, e.g. &quot;120 KB of 300 KB&quot;</extracomment>
        <translation>%1 لە %2</translation>
    </message>
    <message>
        <source>This web address is not valid. Type it like https://example.org/content/.</source>
        <translation>ئەم ناونیشانی ئینتەرنێتە دروست نییە. بەم شێوەیە بینووسن: ⁦https://example.org/content/⁩.</translation>
    </message>
    <message>
        <source>Type a web address starting with https://, or the full path of a folder, starting with /.</source>
        <translation>ناونیشانێکی ئینتەرنێت بنووسن کە بە https:// دەست پێبکات، یان ڕێڕەوی تەواوی فۆڵدەرێک، کە بە / دەست پێبکات.</translation>
    </message>
    <message>
        <source>This mirror is already in the list.</source>
        <translation>ئەم سەرچاوەی نوێکردنەوەیە پێشتر لە لیستەکەدایە.</translation>
    </message>
    <message>
        <source>Content updates are not available here.</source>
        <translation>نوێکردنەوەی زانیارییەکان لێرە بەردەست نییە.</translation>
    </message>
    <message>
        <source>Add a mirror first: a USB stick or folder with a copy of the information, or the web address your organisation gave you.</source>
        <translation>سەرەتا سەرچاوەیەکی نوێکردنەوە زیاد بکەن: فلاشی USB یان فۆڵدەرێک کە کۆپییەکی زانیارییەکانی تێدایە، یان ئەو ناونیشانی ئینتەرنێتەی ڕێکخراوەکەتان پێیداون.</translation>
    </message>
    <message>
        <source>The app cannot tell whether this connection costs money, so the web mirrors were not used. Turn off &quot;Only on unmetered networks&quot; to use them anyway.</source>
        <translation>ئەپەکە ناتوانێت بزانێت ئەم پەیوەندییە پارەی تێدەچێت یان نا، بۆیە سەرچاوەکانی نوێکردنەوە لەسەر ئینتەرنێت بەکار نەهێنران. «تەنها لەسەر تۆڕە بێسنوورەکان» بکوژێننەوە بۆ ئەوەی هەر بەکاریان بهێنن.</translation>
    </message>
    <message>
        <source>This device is not connected to a network, so the web mirrors were not used.</source>
        <translation>ئەم ئامێرە بە هیچ تۆڕێکەوە نەبەستراوە، بۆیە سەرچاوەکانی نوێکردنەوە لەسەر ئینتەرنێت بەکار نەهێنران.</translation>
    </message>
    <message>
        <source>This connection may cost money (it is metered), so the web mirrors were not used.</source>
        <translation>لەوانەیە ئەم پەیوەندییە پارەی تێبچێت (سنووردارە)، بۆیە سەرچاوەکانی نوێکردنەوە لەسەر ئینتەرنێت بەکار نەهێنران.</translation>
    </message>
    <message>
        <source>The information was updated.</source>
        <translation>زانیارییەکان نوێ کرانەوە.</translation>
    </message>
    <message>
        <source>The information is up to date.</source>
        <translation>زانیارییەکان نوێن.</translation>
    </message>
    <message>
        <source>This copy of the information is older than what you already have. It was ignored, and nothing changed.</source>
        <translation>ئەم کۆپییەی زانیارییەکان لەوەی هەتانە کۆنترە. پشتگوێ خرا، و هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>A mirror offered older information than what you already have. It was refused, and nothing changed.</source>
        <translation>سەرچاوەیەکی نوێکردنەوە زانیاریی کۆنتری لەوەی هەتانە پێشکەش کرد. ڕەت کرایەوە، و هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>The information on the mirror has expired: the mirror is no longer kept up to date, or someone is holding back updates. Nothing changed.</source>
        <translation>ماوەی زانیارییەکانی سەر سەرچاوەی نوێکردنەوەکە بەسەرچووە: یان ئەو سەرچاوەیە ئیتر نوێ ناکرێتەوە، یان کەسێک ڕێگە لە نوێکردنەوەکان دەگرێت. هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>The mirror could not be read: it cannot be reached, or it holds no copy of the information. Nothing changed.</source>
        <translation>سەرچاوەی نوێکردنەوەکە نەخوێندرایەوە: ناتوانرێت پێی بگەیشترێت، یان هیچ کۆپییەکی زانیارییەکانی تێدا نییە. هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>The information could not be updated on this device. Nothing changed.</source>
        <translation>زانیارییەکان لەسەر ئەم ئامێرە نوێ نەکرانەوە. هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>The information on the mirror is not correctly signed by your distributor. It was refused, and nothing changed.</source>
        <translation>زانیارییەکانی سەر سەرچاوەی نوێکردنەوەکە بە دروستی لەلایەن دابەشکەری ئەپەکەوە واژۆ نەکراون. ڕەت کرانەوە، و هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>This copy is older than its signatures allow, but nothing in it is older than what you had, so it was used.</source>
        <translation>ئەم کۆپییە لەوە کۆنترە کە واژۆکانی ڕێگەی پێدەدەن، بەڵام هیچ شتێکی تێدا لەوەی هەتانبوو کۆنتر نییە، بۆیە بەکارهێنرا.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>وردەکاری: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::DocumentsModel</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>هیچ فایلێک لە %1 نییە.</translation>
    </message>
    <message>
        <source>Only photos and PDF files can be kept here.</source>
        <translation>تەنها دەتوانن وێنە و فایلی PDF لێرە هەڵبگرن.</translation>
    </message>
</context>
<context>
    <name>rc::ui::Handout</name>
    <message>
        <source>No content is installed, so there is nothing to print.</source>
        <translation>هیچ زانیارییەک دانەمەزراوە، بۆیە هیچ شتێک نییە بۆ چاپکردن.</translation>
    </message>
    <message>
        <source>This article is not installed. Update the content and try again.</source>
        <translation>ئەم وتارە دانەمەزراوە. زانیارییەکان نوێ بکەنەوە و دووبارە هەوڵ بدەنەوە.</translation>
    </message>
    <message>
        <source>This procedure is not installed. Update the content and try again.</source>
        <translation>ئەم ڕێکارە دانەمەزراوە. زانیارییەکان نوێ بکەنەوە و دووبارە هەوڵ بدەنەوە.</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>کێ لەوێ دەبێت</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>چەند دەخایەنێت</translation>
    </message>
    <message>
        <source>What to prepare</source>
        <translation>چی ئامادە بکەن</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>مافەکانتان</translation>
    </message>
    <message>
        <source>Time limit: %1. Ask your lawyer at once how much time you have.</source>
        <translation>ماوەی دیاریکراو: %1. دەستبەجێ لە پارێزەرەکەتان بپرسن چەند کاتتان هەیە.</translation>
    </message>
    <message>
        <source>Time limit: %1, %2.</source>
        <translation>ماوەی دیاریکراو: %1، %2.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>بنەمای یاسایی: %1</translation>
    </message>
    <message>
        <source>This contact is not installed. Update the content and try again.</source>
        <translation>ئەم پەیوەندییە دانەمەزراوە. زانیارییەکان نوێ بکەنەوە و دووبارە هەوڵ بدەنەوە.</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>کاتەکانی کارکردن:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تەلەفۆن</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساپ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ئیمەیڵ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ماڵپەڕ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ناونیشان</translation>
    </message>
    <message>
        <source>Only from a Dutch phone number</source>
        <translation>تەنها لە ژمارە تەلەفۆنێکی هۆڵەندییەوە</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>ڕێڕەوی تەواوی فایلەکە بنووسن، کە بە / دەست پێدەکات.</translation>
    </message>
    <message>
        <source>%1 is a folder. Type a file name at the end, for example handout.pdf.</source>
        <translation>%1 فۆڵدەرێکە. لە کۆتاییدا ناوی فایلێک بنووسن، بۆ نموونە handout.pdf.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that exists, or create it first.</source>
        <translation>فۆڵدەری %1 بوونی نییە. فۆڵدەرێک هەڵبژێرن کە هەبێت، یان سەرەتا دروستی بکەن.</translation>
    </message>
    <message>
        <source>Scan to get %1 and read more in the app:</source>
        <translation>سکانی بکەن بۆ وەرگرتنی %1 و خوێندنەوەی زیاتر لە ئەپەکەدا:</translation>
    </message>
    <message>
        <source>Scan to open the source on a phone:</source>
        <translation>سکانی بکەن بۆ کردنەوەی سەرچاوەکە لەسەر مۆبایل:</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>هێشتا وەرنەگێڕدراوەتە سەر %1. دەقەکە بە %2 دەخوێننەوە.</translation>
    </message>
    <message>
        <source>Machine translation, not yet checked by a person</source>
        <translation>وەرگێڕانی ئامێر، هێشتا لەلایەن مرۆڤێکەوە نەپشکنراوە</translation>
    </message>
    <message>
        <source>This translation may be out of date</source>
        <translation>لەوانەیە ئەم وەرگێڕانە کۆن بووبێت</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>یاسای ئەم بابەتە دەگۆڕێت. لە پارێزەرەکەتان یان VluchtelingenWerk بپرسن چی بۆ ئێوە جێبەجێ دەبێت.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>سەرچاوەکان</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>دوایین پشکنین: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>بەرواری چاپ: %1</translation>
    </message>
    <message>
        <source>Could not save the handout to %1: %2</source>
        <translation>پەڕەی زانیارییەکە لە %1 پاشەکەوت نەکرا: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::KioskController</name>
    <message>
        <source>Leave kiosk mode before you change the PIN.</source>
        <translation>پێش گۆڕینی کۆدی PIN، لە دۆخی لاپتۆپی هاوبەش دەربچن.</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation>کۆدی PIN دەبێت %1 تا %2 ژمارە بێت.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>هەردوو کۆدی PINەکە وەک یەک نین. دووبارە بیاننووسنەوە.</translation>
    </message>
    <message>
        <source>The PIN could not be stored. Close other apps and try again.</source>
        <translation>کۆدی PIN هەڵنەگیرا. ئەپەکانی تر دابخەن و دووبارە هەوڵ بدەنەوە.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>زۆر جار کۆدی PINی هەڵە نووسرا. %n چرکە چاوەڕێ بکەن، پاشان دووبارە هەوڵ بدەنەوە.</numerusform>
            <numerusform>زۆر جار کۆدی PINی هەڵە نووسرا. %n چرکە چاوەڕێ بکەن، پاشان دووبارە هەوڵ بدەنەوە.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>کۆدی PINەکە دروست نییە. %n چرکە چاوەڕێ بکەن، پاشان دووبارە هەوڵ بدەنەوە.</numerusform>
            <numerusform>کۆدی PINەکە دروست نییە. %n چرکە چاوەڕێ بکەن، پاشان دووبارە هەوڵ بدەنەوە.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>کۆدی PINەکە دروست نییە.</translation>
    </message>
</context>
<context>
    <name>rc::ui::LanShareController</name>
    <message>
        <source>Sharing stops by itself in %1.</source>
        <extracomment>%1 is minutes and seconds, e.g. 29:59</extracomment>
        <translation>هاوبەشکردن دوای %1 خۆی دەوەستێت.</translation>
    </message>
    <message>
        <source>This computer does not seem to be connected to a local network (Wi-Fi or cable). Connect it to the same network as the phones, then stop and start sharing again.</source>
        <translation>وا دیارە ئەم کۆمپیوتەرە بە هیچ تۆڕێکی ناوخۆییەوە (Wi-Fi یان کێبڵ) نەبەستراوە. بە هەمان تۆڕی مۆبایلەکانەوە بیبەستنەوە، پاشان هاوبەشکردن ڕابگرن و دووبارە دەستی پێبکەنەوە.</translation>
    </message>
    <message>
        <source>Sharing stopped by itself. Start it again if more phones need the information.</source>
        <translation>هاوبەشکردن خۆی وەستا. ئەگەر مۆبایلی تر پێویستیان بە زانیارییەکان هەیە، دووبارە دەستی پێبکەنەوە.</translation>
    </message>
    <message>
        <source>Sharing stopped.</source>
        <translation>هاوبەشکردن ڕاگیرا.</translation>
    </message>
</context>
<context>
    <name>rc::ui::LanguageController</name>
    <message>
        <source>This language is not known to the app.</source>
        <translation>ئەپەکە ئەم زمانە ناناسێت.</translation>
    </message>
    <message>
        <source>The interface is not available in %1 on this device. It is shown in %2.</source>
        <extracomment>%1 is the name of a language in that language, e.g. &quot;Nederlands&quot;.</extracomment>
        <translation>ئەپەکە لەم ئامێرەدا بە %1 بەردەست نییە. بە %2 نیشان دەدرێت.</translation>
    </message>
    <message>
        <source>Gregorian calendar</source>
        <translation>ڕۆژژمێری زایینی</translation>
    </message>
    <message>
        <source>Solar Hijri calendar</source>
        <translation>ڕۆژژمێری هەتاوی</translation>
    </message>
    <message>
        <source>Ethiopian calendar</source>
        <translation>ڕۆژژمێری ئەتیۆپی</translation>
    </message>
</context>
<context>
    <name>rc::ui::MyDeadlinesModel</name>
    <message>
        <source>Deadlines cannot be counted: the deadline data of this app is damaged (%1). Ask your lawyer for every deadline.</source>
        <translation>ماوە دیاریکراوەکان ناژمێردرێن: داتای ماوە دیاریکراوەکانی ئەم ئەپە تێکچووە (%1). دەربارەی هەموو ماوەیەکی دیاریکراو لە پارێزەرەکەتان بپرسن.</translation>
    </message>
    <message>
        <source>Registration (asylum application)</source>
        <translation>تۆمارکردن (داواکاریی پەنابەری)</translation>
    </message>
    <message>
        <source>Detailed interview</source>
        <translation>چاوپێکەوتنی وردەکاری</translation>
    </message>
    <message>
        <source>Intention to reject received</source>
        <translation>نیازی ڕەتکردنەوە وەرگیرا</translation>
    </message>
    <message>
        <source>View on the intention sent</source>
        <translation>وەڵامی نووسراو بۆ نیازەکە نێردرا</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>بڕیار نێردرا</translation>
    </message>
    <message>
        <source>Residence permit granted</source>
        <translation>مۆڵەتی نیشتەجێبوون درا</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>تانە پێشکەش کرا</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>دانیشتنی دادگا</translation>
    </message>
    <message>
        <source>Open your notes first.</source>
        <translation>سەرەتا تێبینییەکانتان بکەنەوە.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>ڕێڕەوی تەواوی فایلەکە بنووسن، کە بە / دەست پێدەکات.</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>دوایین ڕۆژ: %1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>ماوەی دیاریکراو</translation>
    </message>
    <message>
        <source>Appointment at %1</source>
        <extracomment>%1 is a time of day, e.g. 14:30</extracomment>
        <translation>کاتی چاوپێکەوتن: کاتژمێر %1</translation>
    </message>
    <message>
        <source>Counted from %1 (%2).</source>
        <translation>ژمێردراوە لە %1 (%2).</translation>
    </message>
    <message>
        <source>A lawyer must confirm this deadline.</source>
        <translation>پێویستە پارێزەرێک ئەم ماوە دیاریکراوە پشتڕاست بکاتەوە.</translation>
    </message>
    <message>
        <source>There is nothing to export: no deadlines or appointments from today on.</source>
        <translation>هیچ شتێک نییە بۆ هەناردەکردن: لە ئەمڕۆوە هیچ ماوەی دیاریکراو یان کاتی چاوپێکەوتنێک نییە.</translation>
    </message>
    <message>
        <source>The calendar could not be made: %1</source>
        <translation>ڕۆژژمێرەکە دروست نەکرا: %1</translation>
    </message>
    <message>
        <source>The calendar could not be saved at %1: %2</source>
        <translation>ڕۆژژمێرەکە لە %1 پاشەکەوت نەکرا: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReadAloud</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 لە %2</translation>
    </message>
    <message>
        <source>Sentence %1 of %2</source>
        <translation>ڕستەی %1 لە %2</translation>
    </message>
    <message>
        <source>The device&apos;s voice stopped with an error: %1</source>
        <translation>دەنگی ئامێرەکە بەهۆی هەڵەیەکەوە وەستا: %1</translation>
    </message>
    <message>
        <source>The recording of this article could not be read.</source>
        <translation>دەنگی تۆمارکراوی ئەم وتارە نەخوێندرایەوە.</translation>
    </message>
    <message>
        <source>The recording cannot be played on this device: %1</source>
        <translation>دەنگی تۆمارکراوەکە لەسەر ئەم ئامێرە لێنادرێت: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReminderScheduler</name>
    <message>
        <source>You have a deadline today</source>
        <translation>ئەمڕۆ ماوەیەکی دیاریکراوتان تەواو دەبێت</translation>
    </message>
    <message>
        <source>You have a deadline tomorrow</source>
        <translation>سبەی ماوەیەکی دیاریکراوتان تەواو دەبێت</translation>
    </message>
    <message numerus="yes">
        <source>You have a deadline in %n days</source>
        <extracomment>Reminder on a locked screen: it must not say which deadline. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>دوای %n ڕۆژ ماوەیەکی دیاریکراوتان تەواو دەبێت</numerusform>
            <numerusform>دوای %n ڕۆژ ماوەیەکی دیاریکراوتان تەواو دەبێت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have an appointment in %n days</source>
        <extracomment>Reminder on a locked screen: it must not say which appointment. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>دوای %n ڕۆژ کاتی چاوپێکەوتنێکتان هەیە</numerusform>
            <numerusform>دوای %n ڕۆژ کاتی چاوپێکەوتنێکتان هەیە</numerusform>
        </translation>
    </message>
    <message>
        <source>You have an appointment tomorrow</source>
        <translation>سبەی کاتی چاوپێکەوتنێکتان هەیە</translation>
    </message>
    <message numerus="yes">
        <source>You have an appointment in %n hours</source>
        <extracomment>Reminder on a locked screen. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>دوای %n کاتژمێر کاتی چاوپێکەوتنێکتان هەیە</numerusform>
            <numerusform>دوای %n کاتژمێر کاتی چاوپێکەوتنێکتان هەیە</numerusform>
        </translation>
    </message>
    <message>
        <source>You have an appointment in less than 2 hours</source>
        <translation>لە کەمتر لە 2 کاتژمێردا کاتی چاوپێکەوتنێکتان هەیە</translation>
    </message>
    <message numerus="yes">
        <source>You have %n deadlines this week</source>
        <extracomment>One notification for several reminders the app could not show while the vault was locked. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>ئەم هەفتەیە %n ماوەی دیاریکراوتان هەیە</numerusform>
            <numerusform>ئەم هەفتەیە %n ماوەی دیاریکراوتان هەیە</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n appointments this week</source>
        <extracomment>%n is 2 or more.</extracomment>
        <translation>
            <numerusform>ئەم هەفتەیە %n کاتی چاوپێکەوتنتان هەیە</numerusform>
            <numerusform>ئەم هەفتەیە %n کاتی چاوپێکەوتنتان هەیە</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n deadlines and appointments this week</source>
        <extracomment>%n (the deadlines and appointments together) is 2 or more.</extracomment>
        <translation>
            <numerusform>ئەم هەفتەیە بە گشتی %n ماوەی دیاریکراو و کاتی چاوپێکەوتنتان هەیە</numerusform>
            <numerusform>ئەم هەفتەیە بە گشتی %n ماوەی دیاریکراو و کاتی چاوپێکەوتنتان هەیە</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: last day %2</source>
        <extracomment>%1 is what the deadline is for (e.g. Appeal to the court), %2 its last day.</extracomment>
        <translation>%1: دوایین ڕۆژ %2</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <extracomment>%1 is the appointment&apos;s title, %2 its day, %3 its time.</extracomment>
        <translation>%1: %2 کاتژمێر %3</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>بیرخستنەوە</translation>
    </message>
</context>
<context>
    <name>rc::ui::VaultController</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>لانیکەم %n هێما بەکاربهێنن.</numerusform>
            <numerusform>لانیکەم %n هێما بەکاربهێنن.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>هەردوو دەستەواژە نهێنییەکە وەک یەک نین. دووبارە بیاننووسنەوە.</translation>
    </message>
    <message>
        <source>This is not a recovery key. It has 32 letters and digits in groups of four.</source>
        <translation>ئەمە کلیلی گەڕاندنەوە نییە. کلیلی گەڕاندنەوە 32 پیت و ژمارەی تێدایە، لە کۆمەڵەی چوار دانەییدا.</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Your recovery key still works.</source>
        <translation>دەستەواژەی نهێنییەکەتان گۆڕدرا. کلیلی گەڕاندنەوەکەتان هێشتا کار دەکات.</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>هەڵبژێرن کۆپیی یەدەگەکە لە کوێ هەڵبگرن.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>کۆپیی یەدەگ گەڕێندرایەوە.</translation>
    </message>
    <message>
        <source>The vault file could not be deleted. Try again, or delete the app&apos;s data.</source>
        <translation>فایلی سندووقەکە نەسڕایەوە. دووبارە هەوڵ بدەنەوە، یان داتای ئەپەکە بسڕنەوە.</translation>
    </message>
    <message>
        <source>Your vault was deleted.</source>
        <translation>سندووقەکەتان سڕایەوە.</translation>
    </message>
    <message>
        <source>Backup saved, with your documents. It opens with your passphrase or your recovery key.</source>
        <translation>کۆپیی یەدەگ لەگەڵ بەڵگەنامەکانتان هەڵگیرا. بە دەستەواژەی نهێنییەکەتان یان کلیلی گەڕاندنەوەکەتان دەکرێتەوە.</translation>
    </message>
</context>
<context>
    <name>rc::ui::VaultRecordsModel</name>
    <message>
        <source>Choose what happened on this date.</source>
        <translation>هەڵبژێرن لەم بەروارەدا چی ڕوویدا.</translation>
    </message>
    <message>
        <source>This date does not exist. Check the day and the month.</source>
        <translation>ئەم بەروارە بوونی نییە. ڕۆژ و مانگەکە بپشکنن.</translation>
    </message>
    <message>
        <source>Give the appointment a name, for example &quot;Lawyer&quot;.</source>
        <translation>ناوێک بۆ کاتی چاوپێکەوتنەکە دابنێن، بۆ نموونە «پارێزەر».</translation>
    </message>
    <message>
        <source>Write the person&apos;s or the organisation&apos;s name.</source>
        <translation>ناوی کەسەکە یان ڕێکخراوەکە بنووسن.</translation>
    </message>
    <message>
        <source>This could not be saved. Try again.</source>
        <translation>ئەمە پاشەکەوت نەکرا. دووبارە هەوڵ بدەنەوە.</translation>
    </message>
</context>
<context>
    <name>rc::vault</name>
    <message>
        <source>Your private notes were not found on this phone.</source>
        <translation>تێبینییە تایبەتەکانتان لەسەر ئەم مۆبایلە نەدۆزرانەوە.</translation>
    </message>
    <message>
        <source>This file does not hold Rights Companion notes. Nothing was changed.</source>
        <translation>لەم فایلەدا هیچ تێبینییەکی Rights Companion نییە. هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer version of Rights Companion. Update the app to open them. Your notes were not changed.</source>
        <translation>تێبینییەکانتان بە وەشانێکی نوێتری Rights Companion هەڵگیراون. بۆ کردنەوەیان ئەپەکە نوێ بکەنەوە. تێبینییەکانتان نەگۆڕدران.</translation>
    </message>
    <message>
        <source>This file was changed or damaged, so it cannot be opened. Your notes were not changed.</source>
        <translation>ئەم فایلە گۆڕدراوە یان تێکچووە، بۆیە ناکرێتەوە. تێبینییەکانتان نەگۆڕدران.</translation>
    </message>
    <message>
        <source>The passphrase or recovery key is not right. Check it and try again.</source>
        <translation>دەستەواژەی نهێنی یان کلیلی گەڕاندنەوە دروست نییە. بیپشکنن و دووبارە هەوڵ بدەنەوە.</translation>
    </message>
    <message>
        <source>This phone does not have enough free memory right now. Close other apps and try again. Your notes were not changed.</source>
        <translation>ئەم مۆبایلە ئێستا بیرگەی بەتاڵی پێویستی نییە. ئەپەکانی تر دابخەن و دووبارە هەوڵ بدەنەوە. تێبینییەکانتان نەگۆڕدران.</translation>
    </message>
    <message>
        <source>The phone&apos;s storage could not be read or written (it may be full). The last saved copy of your notes was kept.</source>
        <translation>بیرگەی مۆبایلەکە نەخوێندرایەوە یان شتی تێدا نەنووسرا (لەوانەیە پڕ بێت). دوایین کۆپیی هەڵگیراوی تێبینییەکانتان پارێزرا.</translation>
    </message>
    <message>
        <source>This document is too large for Rights Companion to keep or show. Nothing was changed.</source>
        <translation>ئەم بەڵگەنامەیە ئەوەندە گەورەیە کە Rights Companion ناتوانێت هەڵیبگرێت یان نیشانی بدات. هیچ شتێک نەگۆڕدرا.</translation>
    </message>
</context>
</TS>
