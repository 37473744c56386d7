<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ps">
<context>
    <name>ArticlePage</name>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>Save this article as a PDF file in the language you are reading, with its sources, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</source>
        <translation>دا مقاله په هغه ژبه چې تاسو یې لولئ د PDF فایل په توګه خوندي کړئ، له سرچینو، د کتنې له نېټې او QR کوډ سره. چاپ یې کړئ یا یې یو چا ته ورکړئ. ستاسو له یادښتونو هېڅ شی پکې نشته.</translation>
    </message>
    <message>
        <source>Listen to this article</source>
        <translation>دې مقالې ته غوږ ونیسئ</translation>
    </message>
    <message>
        <source>A recorded reading in %1.</source>
        <translation>په %1 ثبت شوی غږ.</translation>
    </message>
    <message>
        <source>Read by your device&apos;s voice in %1. It may say some words wrongly.</source>
        <translation>ستاسو د وسیلې غږ یې په %1 لولي. کېدای شي ځینې کلمې غلطې ووايي.</translation>
    </message>
    <message>
        <source>There is no recording of this article in %1, and this device has no voice for %1.</source>
        <translation>د دې مقالې ثبت شوی غږ په %1 نشته، او دا وسیله د %1 لپاره غږ نه لري.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>ودرول</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>غږول</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>له پیل څخه</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>ورو</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>عادي سرعت</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>چټک</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>ډېر چټک</translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation>سرعت: %1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>ځای: %1</translation>
    </message>
    <message>
        <source>Listen in English</source>
        <translation>په انګلیسي یې واورئ</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>This article is not available. It may have been removed in a content update.</source>
        <translation>دا مقاله شتون نه لري. کېدای شي د معلوماتو په تازه کولو کې لرې شوې وي.</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>وروستۍ کتنه: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>سرچینې</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the English text.</source>
        <translation>تر اوسه په %1 نه ده ژباړل شوې. تاسو انګلیسي متن لولئ.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>تر اوسه په %1 نه ده ژباړل شوې. تاسو متن په %2 لولئ.</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>د دې په اړه قانون بدلېږي. له خپل وکیل یا VluchtelingenWerk څخه وپوښتئ چې ستاسو لپاره څه پلي کېږي.</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>څه بدلېږي</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact</source>
        <translation>اړیکه</translation>
    </message>
    <message>
        <source>This organisation is not in the installed information. It may have been removed in a content update.</source>
        <translation>دا موسسه په نصب شویو معلوماتو کې نشته. کېدای شي د معلوماتو په تازه کولو کې لرې شوې وي.</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>د کار ساعتونه: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>پته: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>کاپي شو</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کاپي کول</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>پته کاپي کول</translation>
    </message>
    <message>
        <source>Copy the e-mail address</source>
        <translation>د برېښنالیک پته کاپي کول</translation>
    </message>
    <message>
        <source>Copy the number %1</source>
        <translation>شمېره %1 کاپي کول</translation>
    </message>
    <message>
        <source>Give this contact to a phone</source>
        <translation>دا اړیکه ټیلیفون ته ورکول</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera to save the contact.</source>
        <translation>دا کوډ د ټیلیفون په کمره سکن کړئ ترڅو اړیکه خوندي شي.</translation>
    </message>
    <message>
        <source>QR code of the contact %1</source>
        <translation>د %1 اړیکې QR کوډ</translation>
    </message>
    <message>
        <source>Where to save the contact card (.vcf)</source>
        <translation>د اړیکې کارت د خوندي کولو ځای (.vcf)</translation>
    </message>
    <message>
        <source>Save contact card</source>
        <translation>د اړیکې کارت خوندي کول</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>د فایل بشپړه لاره ولیکئ، چې په / پیلېږي.</translation>
    </message>
    <message>
        <source>Contact card saved.</source>
        <translation>د اړیکې کارت خوندي شو.</translation>
    </message>
    <message>
        <source>They are not known to speak your language. They speak: %1.</source>
        <translation>موږ نه پوهېږو چې دوی ستاسو په ژبه خبرې کوي. دوی په دې ژبو خبرې کوي: %1.</translation>
    </message>
    <message>
        <source>We do not know which languages they speak.</source>
        <translation>موږ نه پوهېږو چې دوی په کومو ژبو خبرې کوي.</translation>
    </message>
    <message>
        <source>You can ask whether they can arrange an interpreter (in Dutch: tolk).</source>
        <translation>تاسو کولای شئ وپوښتئ چې ایا دوی ژباړونکی برابرولای شي (په هالنډي: tolk).</translation>
    </message>
    <message>
        <source>Languages they speak: %1</source>
        <translation>هغه ژبې چې دوی پرې خبرې کوي: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>چېرته: %1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>وروستۍ کتنه: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>سرچینې</translation>
    </message>
    <message>
        <source>Added to your contacts in My case.</source>
        <translation>په «زما قضیه» کې ستاسو اړیکو ته زیات شو.</translation>
    </message>
    <message>
        <source>Keep in My case</source>
        <translation>په «زما قضیه» کې ساتل</translation>
    </message>
    <message>
        <source>Open your notes to keep this organisation among your own contacts, with a note of your own.</source>
        <translation>خپل یادښتونه پرانیزئ ترڅو دا موسسه د خپل یادښت سره د خپلو اړیکو په منځ کې وساتئ.</translation>
    </message>
    <message>
        <source>A note for yourself (optional)</source>
        <translation>د ځان لپاره یادښت (اختیاري)</translation>
    </message>
    <message>
        <source>Add to my contacts</source>
        <translation>زما اړیکو ته زیاتول</translation>
    </message>
    <message>
        <source>Save how to reach this organisation as a PDF file in the language you are reading, with the opening hours, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</source>
        <translation>له دې موسسې سره د اړیکې لارې په هغه ژبه چې تاسو یې لولئ د PDF فایل په توګه خوندي کړئ، د کار له ساعتونو، د کتنې له نېټې او QR کوډ سره. چاپ یې کړئ یا یې یو چا ته ورکړئ. ستاسو له یادښتونو هېڅ شی پکې نشته.</translation>
    </message>
</context>
<context>
    <name>ContentUpdatesPage</name>
    <message>
        <source>Content updates</source>
        <translation>د معلوماتو تازه کول</translation>
    </message>
    <message>
        <source>Content updates are not available here.</source>
        <translation>دلته د معلوماتو تازه کول نشته.</translation>
    </message>
    <message>
        <source>Content as of %1</source>
        <translation>معلومات تر %1 پورې</translation>
    </message>
    <message>
        <source>No information is installed yet.</source>
        <translation>تر اوسه هېڅ معلومات نه دي نصب شوي.</translation>
    </message>
    <message>
        <source>This information may be out of date: your organisation expected you to have newer information by now. Check for updates when you can.</source>
        <translation>کېدای شي دا معلومات زاړه وي: ستاسو موسسې فکر کاوه چې تر اوسه به تاسو نوي معلومات لرئ. هر کله چې وکولای شئ، نوي معلومات وګورئ.</translation>
    </message>
    <message>
        <source>Last check: %1</source>
        <translation>وروستۍ کتنه: %1</translation>
    </message>
    <message>
        <source>Not checked for updates yet.</source>
        <translation>تر اوسه نوي معلومات نه دي کتل شوي.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>اوس وګورئ</translation>
    </message>
    <message>
        <source>Add a mirror below to check for updates.</source>
        <translation>د نویو معلوماتو د کتلو لپاره، لاندې یوه سرچینه زیاته کړئ.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>د ښکته کولو پرمختګ</translation>
    </message>
    <message>
        <source>Checking the mirrors…</source>
        <translation>سرچینې کتل کېږي…</translation>
    </message>
    <message>
        <source>Mirrors</source>
        <translation>د تازه کولو سرچینې</translation>
    </message>
    <message>
        <source>Places to get updates from, tried in order: a USB stick or a folder with a copy, or a web address your organisation gave you. Whatever a mirror offers is used only if your distributor signed it.</source>
        <translation>هغه ځایونه چې نوي معلومات ترې اخیستل کېږي، په ترتیب سره: یو USB سټیک یا فولډر چې کاپي پکې ده، یا هغه ویب پته چې ستاسو موسسې درکړې. هر څه چې یوه سرچینه یې ورکوي، یوازې هغه وخت کارول کېږي چې ستاسو وېشونکي لاسلیک کړي وي.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>لرې کول</translation>
    </message>
    <message>
        <source>Remove the mirror %1</source>
        <translation>سرچینه %1 لرې کول</translation>
    </message>
    <message>
        <source>https://… or /media/usb-stick</source>
        <translation>⁦https://…⁩ یا ⁦/media/usb-stick⁩</translation>
    </message>
    <message>
        <source>New mirror</source>
        <translation>نوې سرچینه</translation>
    </message>
    <message>
        <source>Add mirror</source>
        <translation>سرچینه زیاتول</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <source>Only on unmetered networks</source>
        <translation>یوازې په نامحدودو شبکو</translation>
    </message>
    <message>
        <source>This device is not connected to a network now.</source>
        <translation>دا وسیله اوس له شبکې سره نه ده وصل.</translation>
    </message>
    <message>
        <source>This connection is metered: it may cost money.</source>
        <translation>دا اړیکه نامحدوده نه ده: کېدای شي پیسې پرې ولګېږي.</translation>
    </message>
    <message>
        <source>This connection is not metered.</source>
        <translation>دا اړیکه نامحدوده ده.</translation>
    </message>
    <message>
        <source>The app cannot tell whether this connection is metered. With this option on, web mirrors are not used; USB sticks and folders always are.</source>
        <translation>اپ نشي پوهېدای چې دا اړیکه نامحدوده ده که نه. کله چې دا انتخاب فعال وي، ویب سرچینې نه کارول کېږي؛ USB سټیکونه او فولډرونه تل کارول کېږي.</translation>
    </message>
    <message>
        <source>The app connects to the internet only to reach the web mirrors you add here, and sends nothing about you.</source>
        <translation>اپ یوازې هغه وخت له انټرنیټ سره نښلي چې هغو ویب سرچینو ته ورسېږي چې تاسو یې دلته زیاتوئ، او ستاسو په اړه هېڅ شی نه لېږي.</translation>
    </message>
    <message>
        <source>Share with phones nearby</source>
        <translation>له نږدې ټیلیفونونو سره شریکول</translation>
    </message>
    <message>
        <source>Phones on the same network can get the information from this computer. Phones check everything they get against your distributor&apos;s signatures, so sharing cannot change what they accept. Only people on the same network (Wi-Fi or cable) can connect. Sharing stops by itself after 30 minutes.</source>
        <translation>هغه ټیلیفونونه چې په همدې شبکه کې دي، کولای شي معلومات له دې کمپیوټر څخه واخلي. ټیلیفونونه هر هغه څه چې ترلاسه کوي، ستاسو د وېشونکي له لاسلیکونو سره پرتله کوي، نو شریکول نشي کولای هغه څه بدل کړي چې ټیلیفونونه یې مني. یوازې هغه کسان چې په همدې شبکه (وای فای یا کېبل) کې دي، وصل کېدای شي. شریکول له 30 دقیقو وروسته پخپله درېږي.</translation>
    </message>
    <message>
        <source>This computer shares the information that came with the app. Updates it installed later are not shared.</source>
        <translation>دا کمپیوټر هغه معلومات شریکوي چې له اپ سره راغلي دي. هغه نوي معلومات چې وروسته پرې نصب شوي، نه شریکېږي.</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>شریکول پیل کړئ</translation>
    </message>
    <message>
        <source>On the phone, open Content updates, add this address as a mirror, and tap Check now:</source>
        <translation>په ټیلیفون کې «د معلوماتو تازه کول» پرانیزئ، دا پته د سرچینې په توګه زیاته کړئ، او «اوس وګورئ» کېکاږئ:</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>د %1 پتې QR کوډ</translation>
    </message>
    <message>
        <source>Files sent so far: %1</source>
        <translation>تر اوسه لېږل شوي فایلونه: %1</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>شریکول ودروئ</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Day: %1</source>
        <translation>ورځ: %1</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>میاشت: %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>کال: %1</translation>
    </message>
    <message>
        <source>Hour: %1</source>
        <translation>ساعت: %1</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>دقیقې: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Find help</source>
        <translation>مرسته پیدا کړئ</translation>
    </message>
    <message>
        <source>Search by name or what they do</source>
        <translation>د نوم یا د هغه کار له مخې ولټوئ چې دوی یې کوي</translation>
    </message>
    <message>
        <source>Search the organisations</source>
        <translation>په موسسو کې لټون</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Language they speak</source>
        <translation>هغه ژبه چې دوی پرې خبرې کوي</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>سیمه</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>اوس خلاص</translation>
    </message>
    <message>
        <source>Show only organisations that are open now</source>
        <translation>یوازې هغه موسسې ښودل چې اوس خلاصې دي</translation>
    </message>
    <message>
        <source>Only organisations whose opening hours we know are shown.</source>
        <translation>یوازې هغه موسسې ښودل کېږي چې موږ یې د کار ساعتونه پېژنو.</translation>
    </message>
    <message>
        <source>There are no organisations in the installed information yet. A content update can add them.</source>
        <translation>په نصب شویو معلوماتو کې تر اوسه هېڅ موسسه نشته. د معلوماتو تازه کول یې زیاتولای شي.</translation>
    </message>
    <message>
        <source>No organisation matches. Try fewer filters or other words.</source>
        <translation>هېڅ موسسه سمون نه لري. لږ فلټرونه یا نورې کلمې وازمویئ.</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>زما اړیکې</translation>
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
        <translation>دا سند ستاسو په خوندي صندوق کې نشته.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>مخکینی مخ</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>مخ %1 له %2 څخه</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>بل مخ</translation>
    </message>
    <message>
        <source>Delete this document</source>
        <translation>دا سند ړنګول</translation>
    </message>
    <message>
        <source>Delete this document?</source>
        <translation>دا سند ړنګ شي؟</translation>
    </message>
    <message>
        <source>The app&apos;s copy is deleted for good.</source>
        <translation>په اپ کې کاپي د تل لپاره ړنګېږي.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ساتل</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ړنګول</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <translation>زما اسناد</translation>
    </message>
    <message>
        <source>Keep photos and PDFs of your letters here, for example from the IND or COA. They are encrypted like your notes. The app keeps its own copy: afterwards you can delete the original file.</source>
        <translation>دلته د خپلو لیکونو عکسونه او PDF فایلونه وساتئ، د بېلګې په توګه له IND یا COA څخه. دا ستاسو د یادښتونو په څېر کوډ شوي ساتل کېږي. اپ یې خپله کاپي ساتي: له هغې وروسته تاسو کولای شئ اصلي فایل ړنګ کړئ.</translation>
    </message>
    <message>
        <source>Add a photo or PDF</source>
        <translation>عکس یا PDF زیاتول</translation>
    </message>
    <message>
        <source>File, e.g. /home/me/Downloads/letter.pdf</source>
        <translation>فایل، د بېلګې په توګه ⁦/home/me/Downloads/letter.pdf⁩</translation>
    </message>
    <message>
        <source>File to add</source>
        <translation>د زیاتولو لپاره فایل</translation>
    </message>
    <message>
        <source>Name, e.g. Letter from the IND, 3 March</source>
        <translation>نوم، د بېلګې په توګه: له IND څخه لیک، 3 مارچ</translation>
    </message>
    <message>
        <source>Name of the document</source>
        <translation>د سند نوم</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>زیاتول</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>تر اوسه هېڅ سند نشته.</translation>
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
        <translation>قاموس</translation>
    </message>
    <message>
        <source>Search for a word</source>
        <translation>یوه کلمه ولټوئ</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>په قاموس کې لټون</translation>
    </message>
    <message>
        <source>No word matches “%1”.</source>
        <translation>هېڅ کلمه له «%1» سره سمون نه لري.</translation>
    </message>
    <message>
        <source>There is no glossary in the installed information yet.</source>
        <translation>په نصب شویو معلوماتو کې تر اوسه قاموس نشته.</translation>
    </message>
</context>
<context>
    <name>HandoutAction</name>
    <message>
        <source>Saved. Open the PDF to print it or pass it on.</source>
        <translation>خوندي شو. PDF فایل پرانیزئ ترڅو یې چاپ کړئ یا یې بل چا ته ورکړئ.</translation>
    </message>
    <message>
        <source>Print or save as PDF</source>
        <translation>چاپول یا د PDF په توګه خوندي کول</translation>
    </message>
    <message>
        <source>Where to save the PDF file</source>
        <translation>د PDF فایل د خوندي کولو ځای</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF خوندي کول</translation>
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
        <translation>ځینې معلومات ونه لوستل شول. اپ له هغو معلوماتو سره کار کوي چې روغ دي.</translation>
    </message>
    <message>
        <source>What do you want to know?</source>
        <translation>څه غواړئ وپوهېږئ؟</translation>
    </message>
    <message>
        <source>Information as of %1</source>
        <translation>معلومات تر %1 پورې</translation>
    </message>
    <message>
        <source>No information is installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</source>
        <translation>تر اوسه هېڅ معلومات نه دي نصب شوي. اپ بیا نصب کړئ، یا له هغې موسسې چې اپ یې تاسو ته درکړی، د معلوماتو تازه کول وغواړئ.</translation>
    </message>
    <message>
        <source>Dutch words you will hear, explained</source>
        <translation>هغه هالنډي کلمې چې اورئ یې، په ساده ژبه تشریح شوې</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>قاموس</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>لټون</translation>
    </message>
    <message>
        <source>Search the information</source>
        <translation>په معلوماتو کې لټون</translation>
    </message>
    <message>
        <source>This information is from %1 and may be out of date.</source>
        <translation>دا معلومات د %1 نېټې دي او کېدای شي زاړه وي.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>نوي معلومات وګورئ</translation>
    </message>
    <message>
        <source>The steps, where you are, and your deadlines</source>
        <translation>ګامونه، تاسو چېرته یاست، او ستاسو وروستۍ مودې</translation>
    </message>
    <message>
        <source>Your procedure</source>
        <translation>ستاسو پروسه</translation>
    </message>
    <message>
        <source>Organisations that can help, and how to reach them</source>
        <translation>هغه موسسې چې مرسته کولای شي، او څنګه ورسره اړیکه ونیسئ</translation>
    </message>
    <message>
        <source>Find help</source>
        <translation>مرسته پیدا کړئ</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <source>Choose the language of the app and of the information.</source>
        <translation>د اپ او د معلوماتو ژبه وټاکئ.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ښه راغلاست</translation>
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
        <translation>دا مخ جوړ نه شو.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>شاته</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <source>Choose language</source>
        <translation>ژبه وټاکئ</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>کور</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>وتل</translation>
    </message>
    <message>
        <source>Quick exit: lock your notes and close the app</source>
        <translation>چټک وتل: خپل یادښتونه قفل کړئ او اپ بند کړئ</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>زما یادښتونه</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <source>Volunteer: leave kiosk mode</source>
        <translation>رضاکار: د ګډ لپټاپ له حالت څخه وتل</translation>
    </message>
    <message>
        <source>Still there? Touch the screen to continue.</source>
        <translation>لا دلته یاست؟ د دوام لپاره سکرین ته لاس ورکړئ.</translation>
    </message>
    <message numerus="yes">
        <source>The app starts over in %n seconds, for the next person.</source>
        <translation>
            <numerusform>اپ به له %n ثانیې وروسته د بل کس لپاره له سره پیل شي.</numerusform>
            <numerusform>اپ به له %n ثانیو وروسته د بل کس لپاره له سره پیل شي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>د ګډ لپټاپ له حالت څخه وتل</translation>
    </message>
    <message>
        <source>For volunteers: type the PIN to leave kiosk mode.</source>
        <translation>رضاکارانو ته: د ګډ لپټاپ له حالت څخه د وتلو لپاره PIN ولیکئ.</translation>
    </message>
    <message>
        <source>Volunteer PIN</source>
        <translation>د رضاکار PIN</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. You can try again in %n seconds.</source>
        <translation>
            <numerusform>ډېر ځله غلط PIN ولیکل شو. تاسو کولای شئ له %n ثانیې وروسته بیا هڅه وکړئ.</numerusform>
            <numerusform>ډېر ځله غلط PIN ولیکل شو. تاسو کولای شئ له %n ثانیو وروسته بیا هڅه وکړئ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه کول</translation>
    </message>
</context>
<context>
    <name>MyCasePage</name>
    <message>
        <source>My case</source>
        <translation>زما قضیه</translation>
    </message>
    <message>
        <source>The details of your case, in one place. They are kept with your private notes, encrypted, and only you can see them.</source>
        <translation>ستاسو د قضیې جزئیات، په یو ځای کې. دا له ستاسو شخصي یادښتونو سره کوډ شوي ساتل کېږي، او یوازې تاسو یې لیدلای شئ.</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Your foreigner&apos;s number (V-nummer). You find it on letters from the IND, the Immigration and Naturalisation Service.</source>
        <translation>ستاسو د بهرني تبعه شمېره (V-nummer). دا د IND (د مهاجرت او تابعیت اداره) په لیکونو کې موندلای شئ.</translation>
    </message>
    <message>
        <source>Digits only, e.g. 1234567890</source>
        <translation>یوازې عددونه، د بېلګې په توګه 1234567890</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>د اړیکې کس</translation>
    </message>
    <message>
        <source>Your contact person at the IND, or at the COA, the organisation that runs the reception centres.</source>
        <translation>په IND یا COA کې ستاسو د اړیکې کس. COA هغه اداره ده چې د استوګنې مرکزونه چلوي.</translation>
    </message>
    <message>
        <source>Name, organisation, phone number</source>
        <translation>نوم، موسسه، د ټیلیفون شمېره</translation>
    </message>
    <message>
        <source>Case worker at the IND or the COA</source>
        <translation>په IND یا COA کې د اړیکې کس</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>وکیل</translation>
    </message>
    <message>
        <source>Name, office, phone number</source>
        <translation>نوم، دفتر، د ټیلیفون شمېره</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>پروسه</translation>
    </message>
    <message>
        <source>Which asylum procedure you are in. Your lawyer or the letters from the IND can tell you.</source>
        <translation>تاسو د پناه غوښتنې په کومه پروسه کې یاست. ستاسو وکیل یا د IND لیکونه یې تاسو ته ویلای شي.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>تر اوسه نه ده معلومه</translation>
    </message>
    <message>
        <source>General asylum procedure (AA)</source>
        <translation>د پناه غوښتنې عمومي پروسه (AA)</translation>
    </message>
    <message>
        <source>Extended procedure (VA)</source>
        <translation>اوږده پروسه (VA)</translation>
    </message>
    <message>
        <source>Dublin</source>
        <translation>Dublin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>نور</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>پروسه: %1</translation>
    </message>
    <message>
        <source>Registration (asylum application)</source>
        <translation>نوم لیکنه (د پناه غوښتنلیک)</translation>
    </message>
    <message>
        <source>Detailed interview</source>
        <translation>تفصیلي مرکه</translation>
    </message>
    <message>
        <source>Intention to reject received</source>
        <translation>د ردولو نیت ترلاسه شو</translation>
    </message>
    <message>
        <source>View on the intention sent</source>
        <translation>نیت ته لیکلی ځواب ولېږل شو</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>پرېکړه ولېږل شوه</translation>
    </message>
    <message>
        <source>Residence permit granted</source>
        <translation>د اوسېدو اجازه لیک ورکړل شو</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>استیناف وسپارل شو</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>د محکمې اورېدنه</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>مهمې نېټې</translation>
    </message>
    <message>
        <source>The dates of your procedure. Deadlines are counted from them, so write them exactly as they are on your letters.</source>
        <translation>ستاسو د پروسې نېټې. وروستۍ مودې له دې نېټو حسابېږي، نو یې دقیقاً هغسې ولیکئ لکه څنګه چې ستاسو په لیکونو کې دي.</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>نېټه زیاتول</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>ملاقاتونه</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>تر اوسه هېڅ ملاقات نشته.</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>ملاقات زیاتول</translation>
    </message>
    <message>
        <source>People</source>
        <translation>خلک</translation>
    </message>
    <message>
        <source>Your lawyer, your case worker, your guardian: the people you need to reach.</source>
        <translation>ستاسو وکیل، ستاسو د اړیکې کس، ستاسو سرپرست: هغه خلک چې تاسو ورسره اړیکې ته اړتیا لرئ.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>کس زیاتول</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>مهمه نېټه</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>څه پېښ شول</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>څه پېښ شول: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>نېټه</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>یادښت (اختیاري)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادښت</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>ملاقات</translation>
    </message>
    <message>
        <source>What, e.g. Meeting with my lawyer</source>
        <translation>څه، د بېلګې په توګه: له خپل وکیل سره لیدنه</translation>
    </message>
    <message>
        <source>What the appointment is</source>
        <translation>ملاقات د څه لپاره دی</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کله</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>چېرته (اختیاري)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>چېرته</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>کس</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>Who they are, e.g. My lawyer</source>
        <translation>څوک دی، د بېلګې په توګه: زما وکیل</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>څوک دی</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>د ټیلیفون شمېره</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>د برېښنالیک پته</translation>
    </message>
    <message>
        <source>See your procedure and deadlines</source>
        <translation>خپله پروسه او وروستۍ مودې وګورئ</translation>
    </message>
</context>
<context>
    <name>NoteEditorPage</name>
    <message>
        <source>New note</source>
        <translation>نوی یادښت</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادښت</translation>
    </message>
    <message>
        <source>You have no private notes on this phone yet.</source>
        <translation>تاسو تر اوسه په دې ټیلیفون کې شخصي یادښتونه نه لرئ.</translation>
    </message>
    <message>
        <source>Unlock your notes first</source>
        <translation>لومړی خپل یادښتونه خلاص کړئ</translation>
    </message>
    <message>
        <source>Go to My notes</source>
        <translation>«زما یادښتونه» ته لاړ شئ</translation>
    </message>
    <message>
        <source>This note could not be saved. Your text is still here; keep this page open and try again in a moment.</source>
        <translation>دا یادښت خوندي نه شو. ستاسو متن لا دلته دی؛ دا مخ خلاص وساتئ او یو څو شېبې وروسته بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>Your last changes could not be saved. Your text is still here; keep this page open and try again in a moment.</source>
        <translation>ستاسو وروستي بدلونونه خوندي نه شول. ستاسو متن لا دلته دی؛ دا مخ خلاص وساتئ او یو څو شېبې وروسته بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>This note could not be deleted. Try again in a moment.</source>
        <translation>دا یادښت ړنګ نه شو. یو څو شېبې وروسته بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>This note is not there any more. It may have been deleted.</source>
        <translation>دا یادښت نور نشته. کېدای شي ړنګ شوی وي.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>سرلیک</translation>
    </message>
    <message>
        <source>Write your note here</source>
        <translation>خپل یادښت دلته ولیکئ</translation>
    </message>
    <message>
        <source>Tags, e.g. interview, lawyer</source>
        <translation>لیبلونه، د بېلګې په توګه: مرکه، وکیل</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>لیبلونه، په کامې سره جلا شوي</translation>
    </message>
    <message>
        <source>Your note is kept as soon as you start typing.</source>
        <translation>کله چې لیکل پیل کړئ، ستاسو یادښت سمدستي ساتل کېږي.</translation>
    </message>
    <message>
        <source>Created %1 · Changed %2</source>
        <translation>جوړ شوی: %1 · بدل شوی: %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ړنګول</translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation>دا یادښت ړنګول</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>دا یادښت ړنګ شي؟</translation>
    </message>
    <message>
        <source>The note will be deleted from this phone. You cannot undo this.</source>
        <translation>یادښت به له دې ټیلیفون څخه ړنګ شي. تاسو دا کار بېرته نشئ لغوه کولای.</translation>
    </message>
    <message>
        <source>Keep the note</source>
        <translation>یادښت ساتل</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>یادښت ړنګول</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Remove</source>
        <translation>لرې کول</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه کول</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>خوندي کول</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>لټون</translation>
    </message>
    <message>
        <source>Search articles and words</source>
        <translation>په مقالو او کلمو کې لټون</translation>
    </message>
    <message>
        <source>Search the information</source>
        <translation>په معلوماتو کې لټون</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer or shorter words.</source>
        <translation>د «%1» لپاره هېڅ شی پیدا نه شو. لږې یا لنډې کلمې وازمویئ.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>قاموس</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>په انګلیسي</translation>
    </message>
    <message>
        <source>Type a word, or the beginning of a word. Articles, Dutch words from the glossary, the steps of the procedures and contacts are searched.</source>
        <translation>یوه کلمه، یا د یوې کلمې پیل ولیکئ. په مقالو، د قاموس په هالنډي کلمو، د پروسو په ګامونو او اړیکو کې لټون کېږي.</translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation>د پروسې ګام</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>اړیکه</translation>
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
        <translation>ژبه</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>ژبه: %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>No information is installed.</source>
        <translation>هېڅ معلومات نه دي نصب شوي.</translation>
    </message>
    <message>
        <source>%1, published by %2. Information as of %3.</source>
        <translation>%1، د %2 لخوا خپور شوی. معلومات تر %3 پورې.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>محرمیت</translation>
    </message>
    <message>
        <source>This app works without internet. It does not collect or send any information about you.</source>
        <translation>دا اپ پرته له انټرنیټ کار کوي. دا ستاسو په اړه هېڅ معلومات نه راټولوي او نه یې لېږي.</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>د معلوماتو تازه کول</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>کلیزه</translation>
    </message>
    <message>
        <source>Today: %1. Deadlines always show the Gregorian date too: it is the date the IND and the courts use.</source>
        <translation>نن: %1. وروستۍ مودې تل میلادي نېټه هم ښيي: دا هغه نېټه ده چې IND او محکمې یې کاروي.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>ښکارېدنه</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>د متن اندازه</translation>
    </message>
    <message>
        <source>Follow the system (%1%)</source>
        <translation>د سیستم له مخې (%1%)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>د رنګونو توپیر</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>د رنګونو ډېر توپیر</translation>
    </message>
    <message>
        <source>Light or dark</source>
        <translation>روښانه یا تیاره</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>د سیستم له مخې</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روښانه</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تیاره</translation>
    </message>
    <message>
        <source>The volunteer PIN is set.</source>
        <translation>د رضاکار PIN ټاکل شوی دی.</translation>
    </message>
    <message>
        <source>Shared laptop (kiosk) mode</source>
        <translation>د ګډ لپټاپ حالت</translation>
    </message>
    <message>
        <source>For a laptop that many people use, one after the other. The app fills the screen and starts with the choice of language. Notes are not available and no files are saved. After a time without use, it starts over and forgets what the last person did. A volunteer leaves kiosk mode with a PIN.</source>
        <translation>د هغه لپټاپ لپاره چې ډېر خلک یې یو په بل پسې کاروي. اپ ټول سکرین نیسي او د ژبې په ټاکلو پیل کېږي. یادښتونه نشي کارول کېدای او هېڅ فایل نه خوندي کېږي. کله چې اپ څه وخت ونه کارول شي، له سره پیلېږي او هغه څه هېروي چې وروستي کس کړي وو. رضاکار د PIN په مرسته د ګډ لپټاپ له حالت څخه وځي.</translation>
    </message>
    <message>
        <source>Kiosk mode is on. To leave it, a volunteer taps “Volunteer” at the top and types the PIN.</source>
        <translation>د ګډ لپټاپ حالت فعال دی. د وتلو لپاره، رضاکار پورته «رضاکار» کېکاږي او PIN لیکي.</translation>
    </message>
    <message>
        <source>Kiosk mode was asked for. Start it below.</source>
        <translation>د ګډ لپټاپ حالت غوښتل شوی دی. لاندې یې پیل کړئ.</translation>
    </message>
    <message>
        <source>Kiosk mode was asked for, but no volunteer PIN is set. Set a PIN, then start kiosk mode.</source>
        <translation>د ګډ لپټاپ حالت غوښتل شوی دی، خو د رضاکار PIN نه دی ټاکل شوی. لومړی PIN وټاکئ، بیا د ګډ لپټاپ حالت پیل کړئ.</translation>
    </message>
    <message>
        <source>A volunteer PIN is set. You can set a new one.</source>
        <translation>د رضاکار PIN ټاکل شوی دی. تاسو کولای شئ نوی PIN وټاکئ.</translation>
    </message>
    <message>
        <source>Set a volunteer PIN of 4 to 12 digits, and give it only to volunteers.</source>
        <translation>د رضاکار PIN وټاکئ چې له 4 تر 12 عددونه ولري، او یوازې رضاکارانو ته یې ورکړئ.</translation>
    </message>
    <message>
        <source>New volunteer PIN (4 to 12 digits)</source>
        <translation>د رضاکار نوی PIN (له 4 تر 12 عددونه)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>هماغه PIN بیا ولیکئ</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>PIN خوندي کول</translation>
    </message>
    <message>
        <source>Start over after this time without use</source>
        <translation>د دومره وخت نه کارولو وروسته له سره پیلول</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n دقیقه</numerusform>
            <numerusform>%n دقیقې</numerusform>
        </translation>
    </message>
    <message>
        <source>Start kiosk mode</source>
        <translation>د ګډ لپټاپ حالت پیل کړئ</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Machine translation, not yet checked by a person</source>
        <translation>ماشیني ژباړه، تر اوسه د یو انسان لخوا نه ده کتل شوې</translation>
    </message>
    <message>
        <source>This translation may be out of date</source>
        <translation>کېدای شي دا ژباړه زړه شوې وي</translation>
    </message>
    <message>
        <source>Not yet in your language. Shown in %1.</source>
        <translation>تر اوسه ستاسو په ژبه نشته. په %1 ښودل کېږي.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Today</source>
        <translation>نن</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>سبا</translation>
    </message>
    <message numerus="yes">
        <source>In %n days</source>
        <translation>
            <numerusform>په %n ورځ کې</numerusform>
            <numerusform>په %n ورځو کې</numerusform>
        </translation>
    </message>
    <message>
        <source>Your procedure</source>
        <translation>ستاسو پروسه</translation>
    </message>
    <message>
        <source>A lawyer must confirm every deadline. The dates in this app are calculations from general rules, and they can be wrong for your case. Ask your lawyer before you rely on them.</source>
        <translation>هره وروستۍ موده باید یو وکیل تایید کړي. په دې اپ کې نېټې د عمومي قواعدو له مخې حساب شوې دي، او کېدای شي ستاسو د قضیې لپاره غلطې وي. مخکې له دې چې پرې باور وکړئ، له خپل وکیل څخه وپوښتئ.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the English text.</source>
        <translation>تر اوسه په %1 نه ده ژباړل شوې. تاسو انګلیسي متن لولئ.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>تر اوسه په %1 نه ده ژباړل شوې. تاسو متن په %2 لولئ.</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>د دې په اړه قانون بدلېږي. له خپل وکیل یا VluchtelingenWerk څخه وپوښتئ چې ستاسو لپاره څه پلي کېږي.</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>څه بدلېږي</translation>
    </message>
    <message>
        <source>No procedures are installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</source>
        <translation>تر اوسه هېڅ پروسې نه دي نصب شوې. اپ بیا نصب کړئ، یا له هغې موسسې چې اپ یې تاسو ته درکړی، د معلوماتو تازه کول وغواړئ.</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>پروسه: %1</translation>
    </message>
    <message>
        <source>The dot marks where you are, from the dates in My case.</source>
        <translation>ټکی ښيي چې تاسو چېرته یاست، په «زما قضیه» کې د نېټو له مخې.</translation>
    </message>
    <message>
        <source>Add the dates from your letters in My case to see where you are.</source>
        <translation>په «زما قضیه» کې د خپلو لیکونو نېټې زیاتې کړئ ترڅو وګورئ چې چېرته یاست.</translation>
    </message>
    <message>
        <source>Open your notes to see where you are and your own deadlines.</source>
        <translation>خپل یادښتونه پرانیزئ ترڅو وګورئ چې چېرته یاست او ستاسو خپلې وروستۍ مودې کومې دي.</translation>
    </message>
    <message>
        <source>Step %1: %2. You are here.</source>
        <translation>ګام %1: %2. تاسو دلته یاست.</translation>
    </message>
    <message>
        <source>Step %1: %2. This comes next.</source>
        <translation>ګام %1: %2. دا وروسته راځي.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>ګام %1: %2</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>تاسو دلته یاست</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>راتلونکی</translation>
    </message>
    <message>
        <source>Your date: %1</source>
        <translation>ستاسو نېټه: %1</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>څوک هلته وي</translation>
    </message>
    <message>
        <source>What to prepare</source>
        <translation>څه چمتو کړئ</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>ستاسو حقونه</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>څومره وخت</translation>
    </message>
    <message>
        <source>Time limit: %1. Ask your lawyer at once how much time you have.</source>
        <translation>موده: %1. سمدستي له خپل وکیل څخه وپوښتئ چې څومره وخت لرئ.</translation>
    </message>
    <message>
        <source>Time limit: %1, %2.</source>
        <translation>موده: %1، %2.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>قانوني بنسټ: %1</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>نور ولولئ</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>ولولئ: %1</translation>
    </message>
    <message>
        <source>My deadlines</source>
        <translation>زما وروستۍ مودې</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>د فایل بشپړه لاره ولیکئ، چې په / پیلېږي.</translation>
    </message>
    <message>
        <source>Calendar saved. Open it with your calendar app to add the dates.</source>
        <translation>کلیزه خوندي شوه. د نېټو د زیاتولو لپاره یې په خپل د کلیزې اپ کې پرانیزئ.</translation>
    </message>
    <message>
        <source>You have not chosen your procedure in My case. Until you do, the deadlines are counted with the shortest time limits, those of the general procedure (AA).</source>
        <translation>تاسو په «زما قضیه» کې خپله پروسه نه ده ټاکلې. تر هغه چې یې ونه ټاکئ، وروستۍ مودې د تر ټولو لنډو مودو له مخې حسابېږي، یعنې د عمومي پروسې (AA) مودې.</translation>
    </message>
    <message>
        <source>Add the dates from your letters in My case, for example the day your decision was sent. Your deadlines then appear here.</source>
        <translation>په «زما قضیه» کې د خپلو لیکونو نېټې زیاتې کړئ، د بېلګې په توګه هغه ورځ چې ستاسو پرېکړه ولېږل شوه. بیا به ستاسو وروستۍ مودې دلته ښکاره شي.</translation>
    </message>
    <message>
        <source>None of your dates starts a time limit that this app can count.</source>
        <translation>ستاسو هېڅ نېټه داسې موده نه پیلوي چې دا اپ یې حسابولای شي.</translation>
    </message>
    <message>
        <source>Ask your lawyer at once: this app gives no date for this time limit.</source>
        <translation>سمدستي له خپل وکیل څخه وپوښتئ: دا اپ د دې مودې لپاره هېڅ نېټه نه ورکوي.</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>وروستۍ ورځ: %1</translation>
    </message>
    <message>
        <source>This deadline could not be counted (%1). Ask your lawyer.</source>
        <translation>دا وروستۍ موده حساب نه شوه (%1). له خپل وکیل څخه وپوښتئ.</translation>
    </message>
    <message>
        <source>This date has passed.</source>
        <translation>دا نېټه تېره شوې ده.</translation>
    </message>
    <message>
        <source>Counted from: %1</source>
        <translation>له دې نېټې حساب شوې: %1</translation>
    </message>
    <message>
        <source>It is not certain that this time limit gets extra days. To be safe, act by %1.</source>
        <translation>ډاډه نه ده چې دې مودې ته اضافي ورځې ورکول کېږي. د ډاډ لپاره، تر %1 پورې اقدام وکړئ.</translation>
    </message>
    <message>
        <source>Counted with the time limit of the general procedure (AA), because you have not chosen your procedure.</source>
        <translation>د عمومي پروسې (AA) د مودې له مخې حساب شوې، ځکه چې تاسو خپله پروسه نه ده ټاکلې.</translation>
    </message>
    <message>
        <source>A lawyer must confirm this deadline.</source>
        <translation>دا وروستۍ موده باید یو وکیل تایید کړي.</translation>
    </message>
    <message>
        <source>How it was counted:</source>
        <translation>څنګه حساب شوه:</translation>
    </message>
    <message>
        <source>Edit my dates in My case</source>
        <translation>خپلې نېټې په «زما قضیه» کې بدلې کړئ</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>راتلونکي</translation>
    </message>
    <message>
        <source>No deadlines or appointments from today on.</source>
        <translation>له نن ورځې وروسته هېڅ وروستۍ موده یا ملاقات نشته.</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>وروستۍ موده: %1</translation>
    </message>
    <message>
        <source>Ask your lawyer at once</source>
        <translation>سمدستي له خپل وکیل څخه وپوښتئ</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation>خپلې کلیزې ته یې زیات کړئ</translation>
    </message>
    <message>
        <source>Save your deadlines and appointments as a calendar file (.ics) that calendar apps can import. The file is not encrypted: anyone who opens it can read it.</source>
        <translation>خپلې وروستۍ مودې او ملاقاتونه د کلیزې په یوه فایل (.ics) کې خوندي کړئ چې د کلیزې اپونه یې راوړلای شي. دا فایل کوډ شوی نه دی: هر څوک چې یې پرانیزي، لوستلای یې شي.</translation>
    </message>
    <message>
        <source>Type where to save it, for example %1</source>
        <translation>ولیکئ چې چېرته یې خوندي کوئ، د بېلګې په توګه %1</translation>
    </message>
    <message>
        <source>Where to save the calendar file</source>
        <translation>د کلیزې د فایل د خوندي کولو ځای</translation>
    </message>
    <message>
        <source>Write only &quot;Deadline&quot; and &quot;Appointment&quot;, without details, so a locked phone shows nothing about your case</source>
        <translation>یوازې «وروستۍ موده» او «ملاقات» ولیکئ، پرته له جزئیاتو، ترڅو قفل شوی ټیلیفون ستاسو د قضیې په اړه هېڅ شی ونه ښيي</translation>
    </message>
    <message>
        <source>Save calendar file</source>
        <translation>د کلیزې فایل خوندي کول</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>سرچینې</translation>
    </message>
    <message>
        <source>Save the steps of this procedure as a PDF file in the language you are reading, with the time limits, the sources and the date it was checked. Print it or give it to someone. It holds nothing from your notes and none of your own dates.</source>
        <translation>د دې پروسې ګامونه په هغه ژبه چې تاسو یې لولئ د PDF فایل په توګه خوندي کړئ، له مودو، سرچینو او د کتنې له نېټې سره. چاپ یې کړئ یا یې یو چا ته ورکړئ. ستاسو له یادښتونو هېڅ شی او ستاسو خپلې هېڅ نېټې پکې نشته.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There is no information on this topic yet.</source>
        <translation>د دې موضوع په اړه تر اوسه معلومات نشته.</translation>
    </message>
</context>
<context>
    <name>VaultLockedNotice</name>
    <message>
        <source>You have no private notes on this phone yet.</source>
        <translation>تاسو تر اوسه په دې ټیلیفون کې شخصي یادښتونه نه لرئ.</translation>
    </message>
    <message>
        <source>Unlock your notes first</source>
        <translation>لومړی خپل یادښتونه خلاص کړئ</translation>
    </message>
    <message>
        <source>Go to My notes</source>
        <translation>«زما یادښتونه» ته لاړ شئ</translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <source>My notes</source>
        <translation>زما یادښتونه</translation>
    </message>
    <message>
        <source>Your notes are locked.</source>
        <translation>ستاسو یادښتونه قفل دي.</translation>
    </message>
    <message>
        <source>Your notes are open.</source>
        <translation>ستاسو یادښتونه خلاص دي.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Lock my notes</source>
        <translation>زما یادښتونه قفل کړه</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>چټک وتل</translation>
    </message>
    <message>
        <source>Quick exit: lock my notes and close the app at once</source>
        <translation>چټک وتل: زما یادښتونه قفل کړه او اپ سمدستي بند کړه</translation>
    </message>
    <message>
        <source>Your passphrase is too short. Use at least %1 characters.</source>
        <translation>ستاسو پټ عبارت ډېر لنډ دی. لږ تر لږه %1 توري یا نښې وکاروئ.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>دواړه پټ عبارتونه یو شان نه دي. بیا یې ولیکئ.</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>شخصي یادښتونه</translation>
    </message>
    <message>
        <source>Keep private notes about your case. They are locked with a passphrase and stored only on this device, encrypted.</source>
        <translation>د خپلې قضیې په اړه شخصي یادښتونه وساتئ. دا په پټ عبارت قفل وي او یوازې په دې وسیله کې، کوډ شوي، ساتل کېږي.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters. A PIN of %1 or more digits works, but a longer passphrase is safer. Do not use your date of birth or your V-number.</source>
        <translation>داسې پټ عبارت وټاکئ چې لږ تر لږه %1 توري یا نښې ولري. د %1 یا ډېرو عددونو PIN هم کار کوي، خو اوږد پټ عبارت ډېر خوندي دی. خپله د زېږون نېټه یا خپل V-nummer مه کاروئ.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پټ عبارت</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>پټ عبارت بیا ولیکئ</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>جوړول</translation>
    </message>
    <message>
        <source>Create my private notes</source>
        <translation>زما شخصي یادښتونه جوړ کړه</translation>
    </message>
    <message>
        <source>Making your vault safe. This takes a few seconds.</source>
        <translation>ستاسو خوندي صندوق جوړېږي. دا څو ثانیې وخت نیسي.</translation>
    </message>
    <message>
        <source>I have a backup from another phone</source>
        <translation>زه له بل ټیلیفون څخه بېک اپ لرم</translation>
    </message>
    <message>
        <source>Type where the backup file is, for example %1, and the passphrase or recovery key that opens it.</source>
        <translation>ولیکئ چې د بېک اپ فایل چېرته دی، د بېلګې په توګه %1، او هغه پټ عبارت یا د بېرته راګرځولو کیلي چې هغه پرانیزي.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>د بېک اپ فایل</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>پټ عبارت یا د بېرته راګرځولو کیلي</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>بېک اپ بېرته راګرځول</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>د فایل بشپړه لاره ولیکئ، چې په / پیلېږي.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>ستاسو د بېرته راګرځولو کیلي</translation>
    </message>
    <message>
        <source>Write this recovery key on paper and keep it somewhere safe. If you forget your passphrase, it is the only way to open your notes. It will not be shown again.</source>
        <translation>دا د بېرته راګرځولو کیلي په کاغذ ولیکئ او په یو خوندي ځای کې یې وساتئ. که خپل پټ عبارت هېر کړئ، دا ستاسو د یادښتونو د پرانیستلو یوازینۍ لاره ده. دا به بیا ونه ښودل شي.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>د بېرته راګرځولو کیلي</translation>
    </message>
    <message>
        <source>I wrote it down</source>
        <translation>ما ولیکله</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>دوام</translation>
    </message>
    <message>
        <source>Open your notes</source>
        <translation>خپل یادښتونه پرانیزئ</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you made your notes. Spaces and dashes do not matter.</source>
        <translation>هغه د بېرته راګرځولو کیلي ولیکئ چې د یادښتونو د جوړولو پر مهال مو لیکلې وه. تش ځایونه او لیکې (-) مهم نه دي.</translation>
    </message>
    <message>
        <source>Type your passphrase to open your notes.</source>
        <translation>د خپلو یادښتونو د پرانیستلو لپاره خپل پټ عبارت ولیکئ.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>خلاصول</translation>
    </message>
    <message>
        <source>Unlock my notes</source>
        <translation>زما یادښتونه خلاص کړه</translation>
    </message>
    <message>
        <source>Opening your notes. This takes a few seconds.</source>
        <translation>ستاسو یادښتونه پرانیستل کېږي. دا څو ثانیې وخت نیسي.</translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation>د بېرته راګرځولو کیلي کارول</translation>
    </message>
    <message>
        <source>After your notes are open, choose a new passphrase in Vault settings.</source>
        <translation>کله چې ستاسو یادښتونه خلاص شول، په «د خوندي صندوق تنظیمات» کې نوی پټ عبارت وټاکئ.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>نوی یادښت</translation>
    </message>
    <message>
        <source>My case</source>
        <translation>زما قضیه</translation>
    </message>
    <message>
        <source>My case: V-number, case worker, lawyer and procedure</source>
        <translation>زما قضیه: V-nummer، د اړیکې کس، وکیل او پروسه</translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation>د خوندي صندوق تنظیمات</translation>
    </message>
    <message>
        <source>Search your notes</source>
        <translation>خپل یادښتونه ولټوئ</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>خوندي نه شو: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>خوندي شو</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>خوندي کېږي…</translation>
    </message>
    <message>
        <source>No notes yet. Write down what happened at your interview, names, dates, questions for your lawyer.</source>
        <translation>تر اوسه یادښتونه نشته. ولیکئ چې ستاسو په مرکه کې څه پېښ شول، نومونه، نېټې، او هغه پوښتنې چې له خپل وکیل څخه یې لرئ.</translation>
    </message>
    <message>
        <source>No notes contain “%1”.</source>
        <translation>په هېڅ یادښت کې «%1» نشته.</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>بې سرلیکه یادښت</translation>
    </message>
    <message>
        <source>Changed %1 · %2</source>
        <translation>بدل شوی: %1 · %2</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>بدل شوی: %1</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>زما اسناد</translation>
    </message>
    <message>
        <source>My documents: photos and PDFs of letters</source>
        <translation>زما اسناد: د لیکونو عکسونه او PDF فایلونه</translation>
    </message>
</context>
<context>
    <name>VaultSettingsPage</name>
    <message>
        <source>Vault settings</source>
        <translation>د خوندي صندوق تنظیمات</translation>
    </message>
    <message>
        <source>Working on your vault. This can take a few seconds.</source>
        <translation>پر ستاسو خوندي صندوق کار کېږي. دا کېدای شي څو ثانیې وخت ونیسي.</translation>
    </message>
    <message>
        <source>Your passphrase is too short. Use at least %1 characters.</source>
        <translation>ستاسو پټ عبارت ډېر لنډ دی. لږ تر لږه %1 توري یا نښې وکاروئ.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>دواړه پټ عبارتونه یو شان نه دي. بیا یې ولیکئ.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>د فایل بشپړه لاره ولیکئ، چې په / پیلېږي.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>پټ عبارت بدلول</translation>
    </message>
    <message>
        <source>Your notes stay as they are. Your recovery key keeps working.</source>
        <translation>ستاسو یادښتونه همداسې پاتې کېږي. ستاسو د بېرته راګرځولو کیلي کار کوي.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>نوی پټ عبارت</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>نوی پټ عبارت بیا ولیکئ</translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a few seconds.</source>
        <translation>ستاسو پټ عبارت بدلېږي. دا څو ثانیې وخت نیسي.</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>په خپله قفل کېدل</translation>
    </message>
    <message>
        <source>Your notes lock when you leave the app, and after this many minutes without use:</source>
        <translation>کله چې له اپ څخه ووځئ، ستاسو یادښتونه قفل کېږي، او د دومره دقیقو نه کارولو وروسته هم:</translation>
    </message>
    <message>
        <source>Minutes without use before your notes lock</source>
        <translation>د نه کارولو دقیقې، مخکې له دې چې یادښتونه قفل شي</translation>
    </message>
    <message numerus="yes">
        <source>minutes</source>
        <translation>
            <numerusform>دقیقه</numerusform>
            <numerusform>دقیقې</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>بېک اپ خوندي کول</translation>
    </message>
    <message>
        <source>A backup is a copy of your vault that stays encrypted. Save it on a memory card or USB stick to move your notes to a new phone. It opens with the passphrase you have now, or with your recovery key.</source>
        <translation>بېک اپ ستاسو د خوندي صندوق یوه کاپي ده چې کوډ شوې پاتې کېږي. دا په حافظه کارت یا USB سټیک کې خوندي کړئ ترڅو خپل یادښتونه نوي ټیلیفون ته یوسئ. دا په هغه پټ عبارت پرانیستل کېږي چې اوس یې لرئ، یا ستاسو د بېرته راګرځولو په کیلي.</translation>
    </message>
    <message>
        <source>Type where to save it, for example %1</source>
        <translation>ولیکئ چې چېرته یې خوندي کوئ، د بېلګې په توګه %1</translation>
    </message>
    <message>
        <source>Where to save the backup</source>
        <translation>د بېک اپ د خوندي کولو ځای</translation>
    </message>
    <message>
        <source>Save backup</source>
        <translation>بېک اپ خوندي کول</translation>
    </message>
    <message>
        <source>Saving the backup.</source>
        <translation>بېک اپ خوندي کېږي.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>بېک اپ بېرته راګرځول</translation>
    </message>
    <message>
        <source>Restoring a backup replaces the notes on this phone with the notes in the backup. Type where the backup file is, and the passphrase or recovery key that opens it.</source>
        <translation>د بېک اپ بېرته راګرځول په دې ټیلیفون کې یادښتونه د بېک اپ په یادښتونو بدلوي. ولیکئ چې د بېک اپ فایل چېرته دی، او هغه پټ عبارت یا د بېرته راګرځولو کیلي چې هغه پرانیزي.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>د بېک اپ فایل</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>پټ عبارت یا د بېرته راګرځولو کیلي</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>بېک اپ بېرته راګرځول</translation>
    </message>
    <message>
        <source>Delete my vault</source>
        <translation>زما خوندي صندوق ړنګ کړه</translation>
    </message>
    <message>
        <source>Deletes all your notes and case details from this phone.</source>
        <translation>ستاسو ټول یادښتونه او د قضیې جزئیات له دې ټیلیفون څخه ړنګوي.</translation>
    </message>
    <message>
        <source>Replace your notes?</source>
        <translation>ستاسو یادښتونه بدل شي؟</translation>
    </message>
    <message>
        <source>The notes and case details on this phone will be replaced by those in the backup. You cannot undo this.</source>
        <translation>په دې ټیلیفون کې یادښتونه او د قضیې جزئیات به د بېک اپ په یادښتونو او جزئیاتو بدل شي. تاسو دا کار بېرته نشئ لغوه کولای.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه کول</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>بدلول</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>ړنګول</translation>
    </message>
    <message>
        <source>Delete your vault?</source>
        <translation>ستاسو خوندي صندوق ړنګ شي؟</translation>
    </message>
    <message>
        <source>All your notes and case details will be deleted from this phone. This cannot be undone, not even with the recovery key. Backups you saved somewhere else are not deleted.</source>
        <translation>ستاسو ټول یادښتونه او د قضیې جزئیات به له دې ټیلیفون څخه ړنګ شي. دا کار بېرته نشي لغوه کېدای، حتی د بېرته راګرځولو په کیلي هم نه. هغه بېک اپونه چې تاسو بل ځای کې خوندي کړي، نه ړنګېږي.</translation>
    </message>
    <message>
        <source>To confirm, type %1</source>
        <translation>د تایید لپاره %1 ولیکئ</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>د تایید لپاره %1 ولیکئ</translation>
    </message>
    <message>
        <source>Keep my vault</source>
        <translation>زما خوندي صندوق وساته</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>د تل لپاره ړنګول</translation>
    </message>
    <message>
        <source>Your vault was deleted from this phone.</source>
        <translation>ستاسو خوندي صندوق له دې ټیلیفون څخه ړنګ شو.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>یادونې</translation>
    </message>
    <message>
        <source>While your notes are open, the app reminds you of your deadlines 7 days, 2 days and 1 day before and on the last day, and of your appointments 1 day and 2 hours before. While your notes are locked, there are no reminders. Your reminders are also listed under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</source>
        <translation>کله چې ستاسو یادښتونه خلاص وي، اپ تاسو ته ستاسو د وروستیو مودو یادونه 7 ورځې، 2 ورځې او 1 ورځ مخکې او په وروستۍ ورځ کوي، او د ملاقاتونو یادونه 1 ورځ او 2 ساعته مخکې کوي. کله چې ستاسو یادښتونه قفل وي، هېڅ یادونه نه کېږي. ستاسو یادونې د «ستاسو پروسه» په مخ کې د «راتلونکي» لاندې هم ښودل کېږي.</translation>
    </message>
    <message>
        <source>Show details in reminders</source>
        <translation>په یادونو کې جزئیات ښودل</translation>
    </message>
    <message>
        <source>Reminders say which deadline or appointment it is. Anyone who sees your screen, even when it is locked, can read it.</source>
        <translation>یادونې وايي چې کومه وروستۍ موده یا کوم ملاقات دی. هر څوک چې ستاسو سکرین وویني، حتی کله چې قفل وي، لوستلای یې شي.</translation>
    </message>
    <message>
        <source>Reminders only say &quot;You have a deadline in 2 days&quot;, not which one, so a locked screen shows nothing about your case.</source>
        <translation>یادونې یوازې وايي «په 2 ورځو کې تاسو یوه وروستۍ موده لرئ»، نه دا چې کومه، نو قفل شوی سکرین ستاسو د قضیې په اړه هېڅ شی نه ښيي.</translation>
    </message>
    <message>
        <source>This device did not show a reminder as a notification. You find your reminders under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</source>
        <translation>دې وسیلې یادونه د خبرتیا په توګه ونه ښوده. خپلې یادونې د «ستاسو پروسه» په مخ کې د «راتلونکي» لاندې پیدا کولای شئ.</translation>
    </message>
    <message>
        <source>The app remembers which reminders it has shown only until you close it. After a restart, a reminder of the last 24 hours can show once more.</source>
        <translation>اپ یوازې تر هغه وخته په یاد ساتي چې کومې یادونې یې ښودلې دي، تر څو چې تاسو یې بند کړئ. له بیا پیلولو وروسته، کېدای شي د وروستیو 24 ساعتونو یوه یادونه یو ځل بیا ښکاره شي.</translation>
    </message>
</context>
<context>
    <name>rc::contacts::OpeningHours</name>
    <message>
        <source>Opens today at %1</source>
        <translation>نن په %1 خلاصېږي</translation>
    </message>
    <message>
        <source>Opens tomorrow at %1</source>
        <translation>سبا په %1 خلاصېږي</translation>
    </message>
    <message>
        <source>Opens %1 at %2</source>
        <extracomment>%1 is a day (&quot;Monday&quot;) or a date (&quot;Thursday 8 January&quot;), %2 a time (&quot;09:00&quot;)</extracomment>
        <translation>%1 په %2 خلاصېږي</translation>
    </message>
    <message>
        <source>Open now, until midnight</source>
        <translation>اوس خلاص دی، تر نیمې شپې پورې</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>اوس خلاص دی، تر %1 پورې</translation>
    </message>
    <message>
        <source>Open now, until tomorrow at %1</source>
        <translation>اوس خلاص دی، تر سبا ساعت %1 پورې</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <extracomment>%1 is a day (&quot;Monday&quot;) or a date (&quot;Thursday 8 January&quot;), %2 a time (&quot;09:00&quot;)</extracomment>
        <translation>اوس خلاص دی، تر %1 ساعت %2 پورې</translation>
    </message>
    <message>
        <source>Open 24 hours, every day</source>
        <translation>هره ورځ، 24 ساعته خلاص دی</translation>
    </message>
    <message>
        <source>Not open on any day</source>
        <translation>په هېڅ ورځ خلاص نه دی</translation>
    </message>
    <message>
        <source>Closed today (public holiday). %1</source>
        <extracomment>%1 says when it opens next, e.g. &quot;Opens tomorrow at 09:00&quot;</extracomment>
        <translation>نن تړلی دی (رسمي رخصتي). %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactDetails</name>
    <message>
        <source>Call %1</source>
        <translation>%1 ته زنګ وهل</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>بیړني حالت</translation>
    </message>
    <message>
        <source>Only from a Dutch phone number</source>
        <translation>یوازې له هالنډي ټیلیفون شمېرې څخه</translation>
    </message>
    <message>
        <source>WhatsApp %1</source>
        <translation>واټساپ %1</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>%1 ته برېښنالیک</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>ویب پاڼه: %1</translation>
    </message>
    <message>
        <source>This organisation is not in the installed information.</source>
        <translation>دا موسسه په نصب شویو معلوماتو کې نشته.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>د فایل بشپړه لاره ولیکئ، چې په / پیلېږي.</translation>
    </message>
    <message>
        <source>The contact card could not be saved at %1: %2</source>
        <translation>د اړیکې کارت په %1 کې خوندي نه شو: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactListModel</name>
    <message>
        <source>Across the Netherlands</source>
        <translation>په ټول هالنډ کې</translation>
    </message>
    <message>
        <source>In a region or town</source>
        <translation>په یوه سیمه یا ښار کې</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>ټولې موضوعګانې</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>ټولې سیمې</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>هره ژبه</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactTexts</name>
    <message>
        <source>Legal help</source>
        <translation>حقوقي مرسته</translation>
    </message>
    <message>
        <source>Support during the procedure</source>
        <translation>د پروسې پر مهال ملاتړ</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>روغتیا</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>رواني روغتیا</translation>
    </message>
    <message>
        <source>LGBTIQ+</source>
        <translation>LGBTIQ+</translation>
    </message>
    <message>
        <source>Violence against women and girls</source>
        <translation>پر ښځو او نجونو تاوتریخوالی</translation>
    </message>
    <message>
        <source>Human trafficking</source>
        <translation>د انسانانو قاچاق</translation>
    </message>
    <message>
        <source>Children on their own</source>
        <translation>بې سرپرسته ماشومان</translation>
    </message>
    <message>
        <source>Finding family members</source>
        <translation>د کورنۍ د غړو موندل</translation>
    </message>
    <message>
        <source>Going back</source>
        <translation>خپل هېواد ته بېرته تګ</translation>
    </message>
    <message>
        <source>Without papers</source>
        <translation>بې اسنادو</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>بیړني حالتونه</translation>
    </message>
    <message>
        <source>Across the Netherlands</source>
        <translation>په ټول هالنډ کې</translation>
    </message>
    <message>
        <source>Hours not known: check the website</source>
        <translation>د کار ساعتونه نه دي معلوم: ویب پاڼه وګورئ</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>د کار ساعتونه نه دي معلوم</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContentUpdates</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Download progress, e.g. &quot;120 KB of 300 KB&quot;</extracomment>
        <translation>%1 له %2 څخه</translation>
    </message>
    <message>
        <source>This web address is not valid. Type it like https://example.org/content/.</source>
        <translation>دا ویب پته سمه نه ده. داسې یې ولیکئ: https://example.org/content/.</translation>
    </message>
    <message>
        <source>Type a web address starting with https://, or the full path of a folder, starting with /.</source>
        <translation>یوه ویب پته ولیکئ چې په https:// پیلېږي، یا د یوه فولډر بشپړه لاره چې په / پیلېږي.</translation>
    </message>
    <message>
        <source>This mirror is already in the list.</source>
        <translation>دا سرچینه دمخه په لست کې ده.</translation>
    </message>
    <message>
        <source>Content updates are not available here.</source>
        <translation>دلته د معلوماتو تازه کول نشته.</translation>
    </message>
    <message>
        <source>Add a mirror first: a USB stick or folder with a copy of the information, or the web address your organisation gave you.</source>
        <translation>لومړی یوه سرچینه زیاته کړئ: یو USB سټیک یا فولډر چې د معلوماتو کاپي پکې ده، یا هغه ویب پته چې ستاسو موسسې درکړې.</translation>
    </message>
    <message>
        <source>The app cannot tell whether this connection costs money, so the web mirrors were not used. Turn off &quot;Only on unmetered networks&quot; to use them anyway.</source>
        <translation>اپ نشي پوهېدای چې دا اړیکه پیسې لګوي که نه، نو ویب سرچینې ونه کارول شوې. که غواړئ بیا هم یې وکاروئ، «یوازې په نامحدودو شبکو» بند کړئ.</translation>
    </message>
    <message>
        <source>This device is not connected to a network, so the web mirrors were not used.</source>
        <translation>دا وسیله له شبکې سره نه ده وصل، نو ویب سرچینې ونه کارول شوې.</translation>
    </message>
    <message>
        <source>This connection may cost money (it is metered), so the web mirrors were not used.</source>
        <translation>کېدای شي په دې اړیکه پیسې ولګېږي (نامحدوده نه ده)، نو ویب سرچینې ونه کارول شوې.</translation>
    </message>
    <message>
        <source>The information was updated.</source>
        <translation>معلومات تازه شول.</translation>
    </message>
    <message>
        <source>The information is up to date.</source>
        <translation>معلومات تازه دي.</translation>
    </message>
    <message>
        <source>This copy of the information is older than what you already have. It was ignored, and nothing changed.</source>
        <translation>د معلوماتو دا کاپي له هغو معلوماتو زړه ده چې تاسو یې دمخه لرئ. پام ورته ونه شو، او هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>A mirror offered older information than what you already have. It was refused, and nothing changed.</source>
        <translation>یوې سرچینې له هغو معلوماتو زاړه معلومات وړاندې کړل چې تاسو یې دمخه لرئ. رد شول، او هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>The information on the mirror has expired: the mirror is no longer kept up to date, or someone is holding back updates. Nothing changed.</source>
        <translation>په سرچینه کې د معلوماتو د اعتبار نېټه تېره شوې ده: یا دا سرچینه نور نه تازه ساتل کېږي، یا څوک نوي معلومات ایساروي. هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>The mirror could not be read: it cannot be reached, or it holds no copy of the information. Nothing changed.</source>
        <translation>سرچینه ونه لوستل شوه: یا ورته لاسرسی نشته، یا د معلوماتو هېڅ کاپي پکې نشته. هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>The information could not be updated on this device. Nothing changed.</source>
        <translation>معلومات په دې وسیله کې تازه نه شول. هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>The information on the mirror is not correctly signed by your distributor. It was refused, and nothing changed.</source>
        <translation>په سرچینه کې معلومات ستاسو د وېشونکي لخوا په سمه توګه لاسلیک شوي نه دي. رد شول، او هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>This copy is older than its signatures allow, but nothing in it is older than what you had, so it was used.</source>
        <translation>دا کاپي له هغه څه زړه ده چې لاسلیکونه یې اجازه ورکوي، خو په کې هېڅ شی له هغو معلوماتو زوړ نه دی چې تاسو درلودل، نو وکارول شوه.</translation>
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
        <translation>په %1 کې هېڅ فایل نشته.</translation>
    </message>
    <message>
        <source>Only photos and PDF files can be kept here.</source>
        <translation>دلته یوازې عکسونه او PDF فایلونه ساتل کېدای شي.</translation>
    </message>
</context>
<context>
    <name>rc::ui::Handout</name>
    <message>
        <source>No content is installed, so there is nothing to print.</source>
        <translation>هېڅ معلومات نه دي نصب شوي، نو د چاپولو لپاره هېڅ شی نشته.</translation>
    </message>
    <message>
        <source>This article is not installed. Update the content and try again.</source>
        <translation>دا مقاله نصب شوې نه ده. معلومات تازه کړئ او بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>This procedure is not installed. Update the content and try again.</source>
        <translation>دا پروسه نصب شوې نه ده. معلومات تازه کړئ او بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>څوک هلته وي</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>څومره وخت</translation>
    </message>
    <message>
        <source>What to prepare</source>
        <translation>څه چمتو کړئ</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>ستاسو حقونه</translation>
    </message>
    <message>
        <source>Time limit: %1. Ask your lawyer at once how much time you have.</source>
        <translation>موده: %1. سمدستي له خپل وکیل څخه وپوښتئ چې څومره وخت لرئ.</translation>
    </message>
    <message>
        <source>Time limit: %1, %2.</source>
        <translation>موده: %1، %2.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>قانوني بنسټ: %1</translation>
    </message>
    <message>
        <source>This contact is not installed. Update the content and try again.</source>
        <translation>دا اړیکه نصب شوې نه ده. معلومات تازه کړئ او بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>د کار ساعتونه:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ټیلیفون</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واټساپ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>برېښنالیک</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ویب پاڼه</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پته</translation>
    </message>
    <message>
        <source>Only from a Dutch phone number</source>
        <translation>یوازې له هالنډي ټیلیفون شمېرې څخه</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>د فایل بشپړه لاره ولیکئ، چې په / پیلېږي.</translation>
    </message>
    <message>
        <source>%1 is a folder. Type a file name at the end, for example handout.pdf.</source>
        <translation>%1 یو فولډر دی. په پای کې د فایل نوم ولیکئ، د بېلګې په توګه handout.pdf.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that exists, or create it first.</source>
        <translation>فولډر %1 شتون نه لري. یو موجود فولډر وټاکئ، یا یې لومړی جوړ کړئ.</translation>
    </message>
    <message>
        <source>Scan to get %1 and read more in the app:</source>
        <translation>سکن یې کړئ ترڅو %1 ترلاسه کړئ او په اپ کې نور ولولئ:</translation>
    </message>
    <message>
        <source>Scan to open the source on a phone:</source>
        <translation>سکن یې کړئ ترڅو سرچینه په ټیلیفون کې پرانیزئ:</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>تر اوسه په %1 نه ده ژباړل شوې. تاسو متن په %2 لولئ.</translation>
    </message>
    <message>
        <source>Machine translation, not yet checked by a person</source>
        <translation>ماشیني ژباړه، تر اوسه د یو انسان لخوا نه ده کتل شوې</translation>
    </message>
    <message>
        <source>This translation may be out of date</source>
        <translation>کېدای شي دا ژباړه زړه شوې وي</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>د دې په اړه قانون بدلېږي. له خپل وکیل یا VluchtelingenWerk څخه وپوښتئ چې ستاسو لپاره څه پلي کېږي.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>سرچینې</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>وروستۍ کتنه: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>د چاپ نېټه: %1</translation>
    </message>
    <message>
        <source>Could not save the handout to %1: %2</source>
        <translation>د معلوماتو پاڼه په %1 کې خوندي نه شوه: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::KioskController</name>
    <message>
        <source>Leave kiosk mode before you change the PIN.</source>
        <translation>مخکې له دې چې PIN بدل کړئ، د ګډ لپټاپ له حالت څخه ووځئ.</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation>PIN باید له %1 تر %2 عددونه ولري.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>دواړه PIN یو شان نه دي. بیا یې ولیکئ.</translation>
    </message>
    <message>
        <source>The PIN could not be stored. Close other apps and try again.</source>
        <translation>PIN خوندي نه شو. نور اپونه بند کړئ او بیا هڅه وکړئ.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>ډېر ځله غلط PIN ولیکل شو. %n ثانیه صبر وکړئ، بیا هڅه وکړئ.</numerusform>
            <numerusform>ډېر ځله غلط PIN ولیکل شو. %n ثانیې صبر وکړئ، بیا هڅه وکړئ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>دا PIN سم نه دی. %n ثانیه صبر وکړئ، بیا هڅه وکړئ.</numerusform>
            <numerusform>دا PIN سم نه دی. %n ثانیې صبر وکړئ، بیا هڅه وکړئ.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>دا PIN سم نه دی.</translation>
    </message>
</context>
<context>
    <name>rc::ui::LanShareController</name>
    <message>
        <source>Sharing stops by itself in %1.</source>
        <extracomment>%1 is minutes and seconds, e.g. 29:59</extracomment>
        <translation>شریکول به په %1 کې پخپله ودرېږي.</translation>
    </message>
    <message>
        <source>This computer does not seem to be connected to a local network (Wi-Fi or cable). Connect it to the same network as the phones, then stop and start sharing again.</source>
        <translation>داسې ښکاري چې دا کمپیوټر له محلي شبکې (وای فای یا کېبل) سره نه دی وصل. دا له هماغې شبکې سره وصل کړئ چې ټیلیفونونه پرې وصل دي، بیا شریکول ودروئ او بیا یې پیل کړئ.</translation>
    </message>
    <message>
        <source>Sharing stopped by itself. Start it again if more phones need the information.</source>
        <translation>شریکول پخپله ودرېدل. که نورو ټیلیفونونو ته هم دا معلومات پکار وي، بیا یې پیل کړئ.</translation>
    </message>
    <message>
        <source>Sharing stopped.</source>
        <translation>شریکول ودرېدل.</translation>
    </message>
</context>
<context>
    <name>rc::ui::LanguageController</name>
    <message>
        <source>This language is not known to the app.</source>
        <translation>اپ دا ژبه نه پېژني.</translation>
    </message>
    <message>
        <source>The interface is not available in %1 on this device. It is shown in %2.</source>
        <extracomment>%1 is the name of a language in that language, e.g. &quot;Nederlands&quot;.</extracomment>
        <translation>اپ په دې وسیله کې په %1 نشته. په %2 ښودل کېږي.</translation>
    </message>
    <message>
        <source>Gregorian calendar</source>
        <translation>میلادي کلیزه</translation>
    </message>
    <message>
        <source>Solar Hijri calendar</source>
        <translation>هجري شمسي کلیزه</translation>
    </message>
    <message>
        <source>Ethiopian calendar</source>
        <translation>د ایتوپیا کلیزه</translation>
    </message>
</context>
<context>
    <name>rc::ui::MyDeadlinesModel</name>
    <message>
        <source>Deadlines cannot be counted: the deadline data of this app is damaged (%1). Ask your lawyer for every deadline.</source>
        <translation>وروستۍ مودې نشي حسابېدای: د دې اپ د وروستیو مودو معلومات خراب شوي دي (%1). د هرې وروستۍ مودې لپاره له خپل وکیل څخه وپوښتئ.</translation>
    </message>
    <message>
        <source>Registration (asylum application)</source>
        <translation>نوم لیکنه (د پناه غوښتنلیک)</translation>
    </message>
    <message>
        <source>Detailed interview</source>
        <translation>تفصیلي مرکه</translation>
    </message>
    <message>
        <source>Intention to reject received</source>
        <translation>د ردولو نیت ترلاسه شو</translation>
    </message>
    <message>
        <source>View on the intention sent</source>
        <translation>نیت ته لیکلی ځواب ولېږل شو</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>پرېکړه ولېږل شوه</translation>
    </message>
    <message>
        <source>Residence permit granted</source>
        <translation>د اوسېدو اجازه لیک ورکړل شو</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>استیناف وسپارل شو</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>د محکمې اورېدنه</translation>
    </message>
    <message>
        <source>Open your notes first.</source>
        <translation>لومړی خپل یادښتونه پرانیزئ.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>د فایل بشپړه لاره ولیکئ، چې په / پیلېږي.</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>وروستۍ ورځ: %1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>وروستۍ موده</translation>
    </message>
    <message>
        <source>Appointment at %1</source>
        <extracomment>%1 is a time of day, e.g. 14:30</extracomment>
        <translation>ملاقات په %1</translation>
    </message>
    <message>
        <source>Counted from %1 (%2).</source>
        <translation>له %1 څخه حساب شوې (%2).</translation>
    </message>
    <message>
        <source>A lawyer must confirm this deadline.</source>
        <translation>دا وروستۍ موده باید یو وکیل تایید کړي.</translation>
    </message>
    <message>
        <source>There is nothing to export: no deadlines or appointments from today on.</source>
        <translation>د صادرولو لپاره هېڅ شی نشته: له نن ورځې وروسته هېڅ وروستۍ موده یا ملاقات نشته.</translation>
    </message>
    <message>
        <source>The calendar could not be made: %1</source>
        <translation>کلیزه جوړه نه شوه: %1</translation>
    </message>
    <message>
        <source>The calendar could not be saved at %1: %2</source>
        <translation>کلیزه په %1 کې خوندي نه شوه: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReadAloud</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 له %2 څخه</translation>
    </message>
    <message>
        <source>Sentence %1 of %2</source>
        <translation>جمله %1 له %2 څخه</translation>
    </message>
    <message>
        <source>The device&apos;s voice stopped with an error: %1</source>
        <translation>د وسیلې غږ د یوې ستونزې له امله ودرېد: %1</translation>
    </message>
    <message>
        <source>The recording of this article could not be read.</source>
        <translation>د دې مقالې ثبت شوی غږ ونه لوستل شو.</translation>
    </message>
    <message>
        <source>The recording cannot be played on this device: %1</source>
        <translation>ثبت شوی غږ په دې وسیله کې نشي غږول کېدای: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReminderScheduler</name>
    <message>
        <source>You have a deadline today</source>
        <translation>نن تاسو یوه وروستۍ موده لرئ</translation>
    </message>
    <message>
        <source>You have a deadline tomorrow</source>
        <translation>سبا تاسو یوه وروستۍ موده لرئ</translation>
    </message>
    <message numerus="yes">
        <source>You have a deadline in %n days</source>
        <extracomment>Reminder on a locked screen: it must not say which deadline. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>په %n ورځ کې تاسو یوه وروستۍ موده لرئ</numerusform>
            <numerusform>په %n ورځو کې تاسو یوه وروستۍ موده لرئ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have an appointment in %n days</source>
        <extracomment>Reminder on a locked screen: it must not say which appointment. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>په %n ورځ کې تاسو یو ملاقات لرئ</numerusform>
            <numerusform>په %n ورځو کې تاسو یو ملاقات لرئ</numerusform>
        </translation>
    </message>
    <message>
        <source>You have an appointment tomorrow</source>
        <translation>سبا تاسو یو ملاقات لرئ</translation>
    </message>
    <message numerus="yes">
        <source>You have an appointment in %n hours</source>
        <extracomment>Reminder on a locked screen. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>په %n ساعت کې تاسو یو ملاقات لرئ</numerusform>
            <numerusform>په %n ساعتونو کې تاسو یو ملاقات لرئ</numerusform>
        </translation>
    </message>
    <message>
        <source>You have an appointment in less than 2 hours</source>
        <translation>له 2 ساعتونو په کم وخت کې تاسو یو ملاقات لرئ</translation>
    </message>
    <message numerus="yes">
        <source>You have %n deadlines this week</source>
        <extracomment>One notification for several reminders the app could not show while the vault was locked. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>په دې اونۍ کې تاسو %n وروستۍ موده لرئ</numerusform>
            <numerusform>په دې اونۍ کې تاسو %n وروستۍ مودې لرئ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n appointments this week</source>
        <extracomment>%n is 2 or more.</extracomment>
        <translation>
            <numerusform>په دې اونۍ کې تاسو %n ملاقات لرئ</numerusform>
            <numerusform>په دې اونۍ کې تاسو %n ملاقاتونه لرئ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n deadlines and appointments this week</source>
        <extracomment>%n (the deadlines and appointments together) is 2 or more.</extracomment>
        <translation>
            <numerusform>په دې اونۍ کې تاسو ټولټال %n وروستۍ مودې او ملاقاتونه لرئ</numerusform>
            <numerusform>په دې اونۍ کې تاسو ټولټال %n وروستۍ مودې او ملاقاتونه لرئ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: last day %2</source>
        <extracomment>%1 is what the deadline is for (e.g. Appeal to the court), %2 its last day.</extracomment>
        <translation>%1: وروستۍ ورځ %2</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <extracomment>%1 is the appointment&apos;s title, %2 its day, %3 its time.</extracomment>
        <translation>%1: %2 په %3</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>یادونه</translation>
    </message>
</context>
<context>
    <name>rc::ui::VaultController</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>لږ تر لږه %n توری یا نښه وکاروئ.</numerusform>
            <numerusform>لږ تر لږه %n توري یا نښې وکاروئ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>دواړه پټ عبارتونه یو شان نه دي. بیا یې ولیکئ.</translation>
    </message>
    <message>
        <source>This is not a recovery key. It has 32 letters and digits in groups of four.</source>
        <translation>دا د بېرته راګرځولو کیلي نه ده. هغه 32 توري او عددونه لري، په څلور څلور ډلو کې.</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Your recovery key still works.</source>
        <translation>ستاسو پټ عبارت بدل شو. ستاسو د بېرته راګرځولو کیلي لا هم کار کوي.</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>وټاکئ چې بېک اپ چېرته خوندي کوئ.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>بېک اپ بېرته راوګرځول شو.</translation>
    </message>
    <message>
        <source>The vault file could not be deleted. Try again, or delete the app&apos;s data.</source>
        <translation>د خوندي صندوق فایل ړنګ نه شو. بیا هڅه وکړئ، یا د اپ معلومات ړنګ کړئ.</translation>
    </message>
    <message>
        <source>Your vault was deleted.</source>
        <translation>ستاسو خوندي صندوق ړنګ شو.</translation>
    </message>
    <message>
        <source>Backup saved, with your documents. It opens with your passphrase or your recovery key.</source>
        <translation>بېک اپ له ستاسو اسنادو سره خوندي شو. دا ستاسو په پټ عبارت یا ستاسو د بېرته راګرځولو په کیلي پرانیستل کېږي.</translation>
    </message>
</context>
<context>
    <name>rc::ui::VaultRecordsModel</name>
    <message>
        <source>Choose what happened on this date.</source>
        <translation>وټاکئ چې په دې نېټه څه پېښ شول.</translation>
    </message>
    <message>
        <source>This date does not exist. Check the day and the month.</source>
        <translation>دا نېټه شتون نه لري. ورځ او میاشت وګورئ.</translation>
    </message>
    <message>
        <source>Give the appointment a name, for example &quot;Lawyer&quot;.</source>
        <translation>ملاقات ته یو نوم ورکړئ، د بېلګې په توګه «وکیل».</translation>
    </message>
    <message>
        <source>Write the person&apos;s or the organisation&apos;s name.</source>
        <translation>د کس یا د موسسې نوم ولیکئ.</translation>
    </message>
    <message>
        <source>This could not be saved. Try again.</source>
        <translation>دا خوندي نه شو. بیا هڅه وکړئ.</translation>
    </message>
</context>
<context>
    <name>rc::vault</name>
    <message>
        <source>Your private notes were not found on this phone.</source>
        <translation>ستاسو شخصي یادښتونه په دې ټیلیفون کې پیدا نه شول.</translation>
    </message>
    <message>
        <source>This file does not hold Rights Companion notes. Nothing was changed.</source>
        <translation>په دې فایل کې د Rights Companion یادښتونه نشته. هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer version of Rights Companion. Update the app to open them. Your notes were not changed.</source>
        <translation>ستاسو یادښتونه د Rights Companion په یوه نوې نسخه خوندي شوي دي. د پرانیستلو لپاره یې اپ تازه کړئ. ستاسو یادښتونه بدل نه شول.</translation>
    </message>
    <message>
        <source>This file was changed or damaged, so it cannot be opened. Your notes were not changed.</source>
        <translation>دا فایل بدل شوی یا خراب شوی، نو نشي پرانیستل کېدای. ستاسو یادښتونه بدل نه شول.</translation>
    </message>
    <message>
        <source>The passphrase or recovery key is not right. Check it and try again.</source>
        <translation>پټ عبارت یا د بېرته راګرځولو کیلي سم نه دی. وې ګورئ او بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>This phone does not have enough free memory right now. Close other apps and try again. Your notes were not changed.</source>
        <translation>دا ټیلیفون همدا اوس کافي تشه حافظه نه لري. نور اپونه بند کړئ او بیا هڅه وکړئ. ستاسو یادښتونه بدل نه شول.</translation>
    </message>
    <message>
        <source>The phone&apos;s storage could not be read or written (it may be full). The last saved copy of your notes was kept.</source>
        <translation>د ټیلیفون حافظه ونه لوستل شوه یا پکې څه ونه لیکل شول (کېدای شي ډکه وي). ستاسو د یادښتونو وروستۍ خوندي شوې کاپي وساتل شوه.</translation>
    </message>
    <message>
        <source>This document is too large for Rights Companion to keep or show. Nothing was changed.</source>
        <translation>دا سند دومره لوی دی چې Rights Companion یې نشي ساتلای یا ښودلای. هېڅ شی بدل نه شو.</translation>
    </message>
</context>
</TS>
