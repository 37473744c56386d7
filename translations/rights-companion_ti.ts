<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ti">
<context>
    <name>ArticlePage</name>
    <message>
        <source>Article</source>
        <translation>ጽሑፍ</translation>
    </message>
    <message>
        <source>Save this article as a PDF file in the language you are reading, with its sources, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</source>
        <translation>ነዚ ጽሑፍ ብእትንብብዎ ዘለኹም ቋንቋ ከም ፋይል PDF ዕቀብዎ፣ ምስ ምንጭታቱ፣ ዝተመርመረሉ ዕለትን QR ኮድን። ሕተምዎ ወይ ንሓደ ሰብ ሃብዎ። ካብ መዘኻኸሪታትኩም ዋላ ሓንቲ ኣይሓዘን።</translation>
    </message>
    <message>
        <source>Listen to this article</source>
        <translation>ነዚ ጽሑፍ ስምዕዎ</translation>
    </message>
    <message>
        <source>A recorded reading in %1.</source>
        <translation>ብቋንቋ %1 ዝተቐድሐ ድምጺ ንባብ።</translation>
    </message>
    <message>
        <source>Read by your device&apos;s voice in %1. It may say some words wrongly.</source>
        <translation>ብድምጺ መሳርሒኹም ብቋንቋ %1 ይንበብ። ገለ ቃላት ብጌጋ ከንብቦም ይኽእል።</translation>
    </message>
    <message>
        <source>There is no recording of this article in %1, and this device has no voice for %1.</source>
        <translation>ናይዚ ጽሑፍ ብቋንቋ %1 ዝተቐድሐ ድምጺ የለን፣ እዚ መሳርሒ&apos;ውን ናይ ቋንቋ %1 ድምጺ የብሉን።</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>ደው ኣብል</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>ኣጻውት</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>ካብ መጀመርታ</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>ቀስ ዝበለ</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>ንቡር ቅልጣፈ</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>ቅልጡፍ</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>ኣዝዩ ቅልጡፍ</translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation>ቅልጣፈ፦ %1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>ቦታ፦ %1</translation>
    </message>
    <message>
        <source>Listen in English</source>
        <translation>ብእንግሊዝኛ ስምዑ</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>This article is not available. It may have been removed in a content update.</source>
        <translation>እዚ ጽሑፍ ኣይርከብን። ምናልባት ኣብ ምሕዳስ ሓበሬታ ተኣልዩ ይኸውን።</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>ናይ መወዳእታ ምርመራ፦ %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ምንጭታት</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the English text.</source>
        <translation>ገና ናብ %1 ኣይተተርጎመን። ነቲ ናይ እንግሊዝኛ ጽሑፍ ተንብቡ ኣለኹም።</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>ገና ናብ %1 ኣይተተርጎመን። ነቲ ጽሑፍ ብቋንቋ %2 ተንብቡ ኣለኹም።</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>ሕጊ ብዛዕባ እዚ ይቕየር ኣሎ። ንዓኹም እንታይ ከም ዝምልከት ንጠበቓኹም ወይ ንVluchtelingenWerk ሕተቱ።</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>እንታይ ይቕየር ኣሎ</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact</source>
        <translation>ሓበሬታ ርክብ</translation>
    </message>
    <message>
        <source>This organisation is not in the installed information. It may have been removed in a content update.</source>
        <translation>እዚ ትካል ኣብቲ ዝተጻዕነ ሓበሬታ የለን። ምናልባት ኣብ ምሕዳስ ሓበሬታ ተኣልዩ ይኸውን።</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>ሰዓታት ስራሕ፦ %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>ኣድራሻ፦ %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>ተቐዲሑ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>ቕዳሕ</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>ነቲ ኣድራሻ ቕዳሕ</translation>
    </message>
    <message>
        <source>Copy the e-mail address</source>
        <translation>ነቲ ኣድራሻ ኢመይል ቕዳሕ</translation>
    </message>
    <message>
        <source>Copy the number %1</source>
        <translation>ነቲ ቁጽሪ %1 ቕዳሕ</translation>
    </message>
    <message>
        <source>Give this contact to a phone</source>
        <translation>ነዚ ሓበሬታ ርክብ ናብ ተሌፎን ኣሕልፍ</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera to save the contact.</source>
        <translation>ነቲ ሓበሬታ ርክብ ንምዕቃብ፣ ነዚ ኮድ ብካሜራ ተሌፎን ስካን ግበርዎ።</translation>
    </message>
    <message>
        <source>QR code of the contact %1</source>
        <translation>QR ኮድ ናይ ሓበሬታ ርክብ %1</translation>
    </message>
    <message>
        <source>Where to save the contact card (.vcf)</source>
        <translation>ካርድ ርክብ (.vcf) ዝዕቀበሉ ቦታ</translation>
    </message>
    <message>
        <source>Save contact card</source>
        <translation>ካርድ ርክብ ዕቀብ</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>ምሉእ መገዲ ናይቲ ፋይል ጽሓፉ፣ ብ / ዝጅምር።</translation>
    </message>
    <message>
        <source>Contact card saved.</source>
        <translation>ካርድ ርክብ ተዓቂቡ።</translation>
    </message>
    <message>
        <source>They are not known to speak your language. They speak: %1.</source>
        <translation>ብዝፈለጥናዮ፣ ቋንቋኹም ኣይዛረቡን። ዝዛረብዎ ቋንቋታት፦ %1።</translation>
    </message>
    <message>
        <source>We do not know which languages they speak.</source>
        <translation>ኣየናይ ቋንቋታት ከም ዝዛረቡ ኣይንፈልጥን።</translation>
    </message>
    <message>
        <source>You can ask whether they can arrange an interpreter (in Dutch: tolk).</source>
        <translation>ተርጓሚ (ብሆላንድኛ፦ tolk) ከዳልዉልኩም ይኽእሉ እንተ ኾይኖም ክትሓቱ ትኽእሉ።</translation>
    </message>
    <message>
        <source>Languages they speak: %1</source>
        <translation>ዝዛረብዎ ቋንቋታት፦ %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>ኣበይ፦ %1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>ናይ መወዳእታ ምርመራ፦ %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ምንጭታት</translation>
    </message>
    <message>
        <source>Added to your contacts in My case.</source>
        <translation>ኣብ ጉዳየይ ናብ ሓበሬታ ርክብኩም ተወሲኹ።</translation>
    </message>
    <message>
        <source>Keep in My case</source>
        <translation>ኣብ ጉዳየይ ዕቀብ</translation>
    </message>
    <message>
        <source>Open your notes to keep this organisation among your own contacts, with a note of your own.</source>
        <translation>ነዚ ትካል ምስ ናይ ባዕልኹም መዘኻኸሪ ኣብ ሓበሬታ ርክብኩም ንምዕቃብ፣ መዘኻኸሪታትኩም ክፈቱ።</translation>
    </message>
    <message>
        <source>A note for yourself (optional)</source>
        <translation>ንባዕልኹም መዘኻኸሪ (እንተ ደሊኹም)</translation>
    </message>
    <message>
        <source>Add to my contacts</source>
        <translation>ናብ ናተይ ሓበሬታ ርክብ ወስኽ</translation>
    </message>
    <message>
        <source>Save how to reach this organisation as a PDF file in the language you are reading, with the opening hours, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</source>
        <translation>ሓበሬታ ርክብ ናይዚ ትካል ብእትንብብዎ ዘለኹም ቋንቋ ከም ፋይል PDF ዕቀብዎ፣ ምስ ሰዓታት ስራሕ፣ ዝተመርመረሉ ዕለትን QR ኮድን። ሕተምዎ ወይ ንሓደ ሰብ ሃብዎ። ካብ መዘኻኸሪታትኩም ዋላ ሓንቲ ኣይሓዘን።</translation>
    </message>
</context>
<context>
    <name>ContentUpdatesPage</name>
    <message>
        <source>Content updates</source>
        <translation>ምሕዳስ ሓበሬታ</translation>
    </message>
    <message>
        <source>Content updates are not available here.</source>
        <translation>ምሕዳስ ሓበሬታ ኣብዚ ኣይርከብን።</translation>
    </message>
    <message>
        <source>Content as of %1</source>
        <translation>ሓበሬታ ክሳብ %1</translation>
    </message>
    <message>
        <source>No information is installed yet.</source>
        <translation>ገና ዝተጻዕነ ሓበሬታ የለን።</translation>
    </message>
    <message>
        <source>This information may be out of date: your organisation expected you to have newer information by now. Check for updates when you can.</source>
        <translation>እዚ ሓበሬታ ዝኣረገ ክኸውን ይኽእል፦ ትካልኩም ክሳብ ሕጂ ሓድሽ ሓበሬታ ክህልወኩም ይጽበ ነይሩ። ክትኽእሉ ከለኹም ምሕዳስ ድለዩ።</translation>
    </message>
    <message>
        <source>Last check: %1</source>
        <translation>ናይ መወዳእታ ምርመራ፦ %1</translation>
    </message>
    <message>
        <source>Not checked for updates yet.</source>
        <translation>ገና ምሕዳስ ኣይተደለየን።</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>ሕጂ ኣረጋግጽ</translation>
    </message>
    <message>
        <source>Add a mirror below to check for updates.</source>
        <translation>ምሕዳስ ንምድላይ፣ ኣብ ታሕቲ ምንጪ ምሕዳስ ወስኹ።</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ምዕባለ ምውራድ</translation>
    </message>
    <message>
        <source>Checking the mirrors…</source>
        <translation>ምንጭታት ምሕዳስ ይረጋገጹ ኣለዉ…</translation>
    </message>
    <message>
        <source>Mirrors</source>
        <translation>ምንጭታት ምሕዳስ</translation>
    </message>
    <message>
        <source>Places to get updates from, tried in order: a USB stick or a folder with a copy, or a web address your organisation gave you. Whatever a mirror offers is used only if your distributor signed it.</source>
        <translation>ምሕዳስ ዝርከበሎም ቦታታት፣ ብመስርዕ ይፍተኑ፦ ቅዳሕ ዘለዎ USB stick ወይ ፎልደር፣ ወይ ትካልኩም ዝሃበኩም ኣድራሻ ኢንተርነት። እቲ ኣፕ ካብ ምንጪ ምሕዳስ ዝመጽእ ሓበሬታ ዝጥቀም፣ ኣከፋፋሊኹም እንተ ፈሪምዎ ጥራይ እዩ።</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ኣልግስ</translation>
    </message>
    <message>
        <source>Remove the mirror %1</source>
        <translation>ምንጪ ምሕዳስ %1 ኣልግስ</translation>
    </message>
    <message>
        <source>https://… or /media/usb-stick</source>
        <translation>https://… ወይ /media/usb-stick</translation>
    </message>
    <message>
        <source>New mirror</source>
        <translation>ሓድሽ ምንጪ ምሕዳስ</translation>
    </message>
    <message>
        <source>Add mirror</source>
        <translation>ምንጪ ምሕዳስ ወስኽ</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ኔትዎርክ</translation>
    </message>
    <message>
        <source>Only on unmetered networks</source>
        <translation>ኣብ ብዓቐን ዳታ ዘይኽፈሎ ኔትዎርክ ጥራይ</translation>
    </message>
    <message>
        <source>This device is not connected to a network now.</source>
        <translation>እዚ መሳርሒ ሕጂ ምስ ኔትዎርክ ኣይተራኸበን።</translation>
    </message>
    <message>
        <source>This connection is metered: it may cost money.</source>
        <translation>እዚ ርክብ ብዓቐን ዳታ ይኽፈሎ እዩ፦ ገንዘብ ከኽፍለኩም ይኽእል።</translation>
    </message>
    <message>
        <source>This connection is not metered.</source>
        <translation>እዚ ርክብ ብዓቐን ዳታ ኣይኽፈሎን።</translation>
    </message>
    <message>
        <source>The app cannot tell whether this connection is metered. With this option on, web mirrors are not used; USB sticks and folders always are.</source>
        <translation>እቲ ኣፕ እዚ ርክብ ብዓቐን ዳታ ይኽፈሎ ድዩ ኣይኽፈሎን ክፈልጥ ኣይክእልን። እዚ ምርጫ ተወሊዑ ክሳብ ዘሎ፣ ናይ ኢንተርነት ምንጭታት ምሕዳስ ኣይጥቀመሎምን፤ USB stick ን ፎልደራትን ግን ኩሉ ግዜ ይጥቀመሎም።</translation>
    </message>
    <message>
        <source>The app connects to the internet only to reach the web mirrors you add here, and sends nothing about you.</source>
        <translation>እቲ ኣፕ ምስ ኢንተርነት ዝራኸብ፣ ናብቶም ኣብዚ እትውስኽዎም ናይ ኢንተርነት ምንጭታት ምሕዳስ ንምብጻሕ ጥራይ እዩ፣ ብዛዕባኹም ድማ ዋላ ሓንቲ ኣይሰድድን።</translation>
    </message>
    <message>
        <source>Share with phones nearby</source>
        <translation>ምስ ኣብ ጥቓ ዘለዉ ተሌፎናት ኣካፍል</translation>
    </message>
    <message>
        <source>Phones on the same network can get the information from this computer. Phones check everything they get against your distributor&apos;s signatures, so sharing cannot change what they accept. Only people on the same network (Wi-Fi or cable) can connect. Sharing stops by itself after 30 minutes.</source>
        <translation>ኣብ ሓደ ኔትዎርክ ዘለዉ ተሌፎናት ነቲ ሓበሬታ ካብዚ ኮምፒተር ክረኽብዎ ይኽእሉ። ተሌፎናት ዝበጽሖም ኩሉ ብፊርማታት ኣከፋፋሊኹም የረጋግጽዎ፣ ስለዚ ምክፋል ነቲ ተሌፎናት ዝቕበልዎ ክቕይሮ ኣይክእልን። ኣብ ሓደ ኔትዎርክ (Wi-Fi ወይ ኬብል) ዘለዉ ሰባት ጥራይ እዮም ክራኸቡ ዝኽእሉ። ምክፋል ድሕሪ 30 ደቒቕ ባዕሉ ይቋረጽ።</translation>
    </message>
    <message>
        <source>This computer shares the information that came with the app. Updates it installed later are not shared.</source>
        <translation>እዚ ኮምፒተር ነቲ ምስቲ ኣፕ ዝመጸ ሓበሬታ የካፍል። ድሕሪኡ ዝጸዓኖም ምሕዳሳት ኣይካፈሉን።</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>ምክፋል ጀምር</translation>
    </message>
    <message>
        <source>On the phone, open Content updates, add this address as a mirror, and tap Check now:</source>
        <translation>ኣብቲ ተሌፎን “ምሕዳስ ሓበሬታ” ክፈቱ፣ ነዚ ኣድራሻ ከም ምንጪ ምሕዳስ ወስኹ፣ ድሕሪኡ “ሕጂ ኣረጋግጽ” ጠውቑ፦</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>QR ኮድ ናይቲ ኣድራሻ %1</translation>
    </message>
    <message>
        <source>Files sent so far: %1</source>
        <translation>ክሳብ ሕጂ ዝተላእኩ ፋይላት፦ %1</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>ምክፋል ኣቋርጽ</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Day: %1</source>
        <translation>መዓልቲ፦ %1</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>ወርሒ፦ %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>ዓመት፦ %1</translation>
    </message>
    <message>
        <source>Hour: %1</source>
        <translation>ሰዓት፦ %1</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>ደቒቕ፦ %1</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Find help</source>
        <translation>ሓገዝ ምርካብ</translation>
    </message>
    <message>
        <source>Search by name or what they do</source>
        <translation>ብስም ወይ ብዝሰርሕዎ ድለዩ</translation>
    </message>
    <message>
        <source>Search the organisations</source>
        <translation>ኣብ ትካላት ድለዩ</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>ኣርእስቲ</translation>
    </message>
    <message>
        <source>Language they speak</source>
        <translation>ዝዛረብዎ ቋንቋ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ከባቢ</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>ሕጂ ክፉት</translation>
    </message>
    <message>
        <source>Show only organisations that are open now</source>
        <translation>ሕጂ ክፉታት ዘለዉ ትካላት ጥራይ ኣርኢ</translation>
    </message>
    <message>
        <source>Only organisations whose opening hours we know are shown.</source>
        <translation>ሰዓታት ስራሖም እንፈልጦ ትካላት ጥራይ እዮም ዝርኣዩ።</translation>
    </message>
    <message>
        <source>There are no organisations in the installed information yet. A content update can add them.</source>
        <translation>ኣብቲ ዝተጻዕነ ሓበሬታ ገና ትካላት የለዉን። ምሕዳስ ሓበሬታ ክውስኾም ይኽእል።</translation>
    </message>
    <message>
        <source>No organisation matches. Try fewer filters or other words.</source>
        <translation>ዝሰማማዕ ትካል የለን። ውሑዳት ምርጫታት ወይ ካልእ ቃላት ፈትኑ።</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>ናተይ ሓበሬታ ርክብ</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Document</source>
        <translation>ሰነድ</translation>
    </message>
    <message>
        <source>This document is not in your vault.</source>
        <translation>እዚ ሰነድ ኣብ ውሑስ ሳጹንኩም የለን።</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>ዝሓለፈ ገጽ</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>ገጽ %1 ካብ %2</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>ዝቕጽል ገጽ</translation>
    </message>
    <message>
        <source>Delete this document</source>
        <translation>ነዚ ሰነድ ደምስስ</translation>
    </message>
    <message>
        <source>Delete this document?</source>
        <translation>ነዚ ሰነድ ክትድምስስዎ ትደልዩ ዶ?</translation>
    </message>
    <message>
        <source>The app&apos;s copy is deleted for good.</source>
        <translation>እቲ ኣብቲ ኣፕ ዘሎ ቅዳሕ ንሓዋሩ ክድምሰስ እዩ።</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ኣይትደምስስ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ደምስስ</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <translation>ሰነዳተይ</translation>
    </message>
    <message>
        <source>Keep photos and PDFs of your letters here, for example from the IND or COA. They are encrypted like your notes. The app keeps its own copy: afterwards you can delete the original file.</source>
        <translation>ስእልታትን PDF ፋይላትን ደብዳቤታትኩም ኣብዚ ሓዙ፣ ንኣብነት ካብ IND ወይ COA። ከም መዘኻኸሪታትኩም ብምስጢራዊ ኮድ ይሕለዉ። እቲ ኣፕ ናይ ገዛእ ርእሱ ቅዳሕ ይሕዝ፦ ድሕሪኡ ነቲ መበቆላዊ ፋይል ክትድምስስዎ ትኽእሉ።</translation>
    </message>
    <message>
        <source>Add a photo or PDF</source>
        <translation>ስእሊ ወይ PDF ወስኽ</translation>
    </message>
    <message>
        <source>File, e.g. /home/me/Downloads/letter.pdf</source>
        <translation>ፋይል፣ ንኣብነት /home/me/Downloads/letter.pdf</translation>
    </message>
    <message>
        <source>File to add</source>
        <translation>ዝውሰኽ ፋይል</translation>
    </message>
    <message>
        <source>Name, e.g. Letter from the IND, 3 March</source>
        <translation>ስም፣ ንኣብነት ደብዳቤ ካብ IND፣ 3 መጋቢት</translation>
    </message>
    <message>
        <source>Name of the document</source>
        <translation>ስም ናይቲ ሰነድ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>ወስኽ</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>ገና ሰነድ የለን።</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>ስእሊ</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Glossary</source>
        <translation>መዝገበ ቃላት</translation>
    </message>
    <message>
        <source>Search for a word</source>
        <translation>ቃል ድለዩ</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>ኣብ መዝገበ ቃላት ድለዩ</translation>
    </message>
    <message>
        <source>No word matches “%1”.</source>
        <translation>ምስ “%1” ዝሰማማዕ ቃል የለን።</translation>
    </message>
    <message>
        <source>There is no glossary in the installed information yet.</source>
        <translation>ኣብቲ ዝተጻዕነ ሓበሬታ ገና መዝገበ ቃላት የለን።</translation>
    </message>
</context>
<context>
    <name>HandoutAction</name>
    <message>
        <source>Saved. Open the PDF to print it or pass it on.</source>
        <translation>ተዓቂቡ። ንምሕታሙ ወይ ንኻልእ ሰብ ንምሃቡ ነቲ PDF ክፈትዎ።</translation>
    </message>
    <message>
        <source>Print or save as PDF</source>
        <translation>ሕተም ወይ ከም PDF ዕቀብ</translation>
    </message>
    <message>
        <source>Where to save the PDF file</source>
        <translation>ፋይል PDF ዝዕቀበሉ ቦታ</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF ዕቀብ</translation>
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
        <translation>ገለ ሓበሬታ ክጽዓን ኣይከኣለን። እቲ ኣፕ በቲ ጽቡቕ ዘሎ ሓበሬታ ይሰርሕ።</translation>
    </message>
    <message>
        <source>What do you want to know?</source>
        <translation>እንታይ ክትፈልጡ ትደልዩ?</translation>
    </message>
    <message>
        <source>Information as of %1</source>
        <translation>ሓበሬታ ክሳብ %1</translation>
    </message>
    <message>
        <source>No information is installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</source>
        <translation>ገና ዝተጻዕነ ሓበሬታ የለን። ነቲ ኣፕ ደጊምኩም ጽዓንዎ፣ ወይ ነቲ ኣፕ ዝሃበኩም ትካል ምሕዳስ ሓበሬታ ሕተቱ።</translation>
    </message>
    <message>
        <source>Dutch words you will hear, explained</source>
        <translation>እትሰምዕዎም ቃላት ሆላንድኛ፣ ምስ መብርሂኦም</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>መዝገበ ቃላት</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ምድላይ</translation>
    </message>
    <message>
        <source>Search the information</source>
        <translation>ኣብ ሓበሬታ ድለዩ</translation>
    </message>
    <message>
        <source>This information is from %1 and may be out of date.</source>
        <translation>እዚ ሓበሬታ ናይ %1 እዩ፣ ዝኣረገ ክኸውን ይኽእል።</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>ምሕዳስ ድለ</translation>
    </message>
    <message>
        <source>The steps, where you are, and your deadlines</source>
        <translation>እቶም ስጉምትታት፣ ኣበይ ከም ዘለኹም፣ ናይ ግዜ ገደባትኩምን</translation>
    </message>
    <message>
        <source>Your procedure</source>
        <translation>መስርሕኩም</translation>
    </message>
    <message>
        <source>Organisations that can help, and how to reach them</source>
        <translation>ክሕግዙ ዝኽእሉ ትካላትን ብኸመይ ከም እትረኽብዎምን</translation>
    </message>
    <message>
        <source>Find help</source>
        <translation>ሓገዝ ምርካብ</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <source>Choose the language of the app and of the information.</source>
        <translation>ቋንቋ ናይቲ ኣፕን ናይቲ ሓበሬታን ምረጹ።</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>እንቋዕ ብደሓን መጻእኩም</translation>
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
        <translation>እዚ ገጽ ክዳሎ ኣይከኣለን።</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ተመለስ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <source>Choose language</source>
        <translation>ቋንቋ ምረጽ</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ቀንዲ ገጽ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ቅጥዕታት</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>ውጻእ</translation>
    </message>
    <message>
        <source>Quick exit: lock your notes and close the app</source>
        <translation>ቅልጡፍ ምውጻእ፦ መዘኻኸሪታትኩም ምዕጻውን ነቲ ኣፕ ምዕጻውን</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>ናተይ መዘኻኸሪታት</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>ወለንተኛ</translation>
    </message>
    <message>
        <source>Volunteer: leave kiosk mode</source>
        <translation>ወለንተኛ፦ ካብ ኣገባብ ሓባራዊ ላፕቶፕ ውጻእ</translation>
    </message>
    <message>
        <source>Still there? Touch the screen to continue.</source>
        <translation>ገና ኣለኹም ዶ? ንምቕጻል ነቲ ስክሪን ጠውቑ።</translation>
    </message>
    <message numerus="yes">
        <source>The app starts over in %n seconds, for the next person.</source>
        <translation>
            <numerusform>ንዝቕጽል ሰብ፣ እቲ ኣፕ ድሕሪ %n ካልኢት ካብ መጀመርታ ክጅምር እዩ።</numerusform>
            <numerusform>ንዝቕጽል ሰብ፣ እቲ ኣፕ ድሕሪ %n ካልኢት ካብ መጀመርታ ክጅምር እዩ።</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>ካብ ኣገባብ ሓባራዊ ላፕቶፕ ውጻእ</translation>
    </message>
    <message>
        <source>For volunteers: type the PIN to leave kiosk mode.</source>
        <translation>ንወለንተኛታት፦ ካብ ኣገባብ ሓባራዊ ላፕቶፕ ንምውጻእ PIN ጽሓፉ።</translation>
    </message>
    <message>
        <source>Volunteer PIN</source>
        <translation>PIN ወለንተኛ</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. You can try again in %n seconds.</source>
        <translation>
            <numerusform>ብዙሕ ግዜ ጌጋ PIN ተጻሒፉ። ድሕሪ %n ካልኢት ደጊምኩም ክትፍትኑ ትኽእሉ።</numerusform>
            <numerusform>ብዙሕ ግዜ ጌጋ PIN ተጻሒፉ። ድሕሪ %n ካልኢት ደጊምኩም ክትፍትኑ ትኽእሉ።</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዝ</translation>
    </message>
</context>
<context>
    <name>MyCasePage</name>
    <message>
        <source>My case</source>
        <translation>ጉዳየይ</translation>
    </message>
    <message>
        <source>The details of your case, in one place. They are kept with your private notes, encrypted, and only you can see them.</source>
        <translation>ዝርዝራት ጉዳይኩም፣ ኣብ ሓደ ቦታ። ምስ ብሕታዊ መዘኻኸሪታትኩም ብምስጢራዊ ኮድ ተሓልዮም ይዕቀቡ፣ ንስኹም ጥራይ ድማ ክትርእይዎም ትኽእሉ።</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Your foreigner&apos;s number (V-nummer). You find it on letters from the IND, the Immigration and Naturalisation Service.</source>
        <translation>ቁጽሪ ወጻኢ ዜጋ ናትኩም (V-nummer)። ኣብ ደብዳቤታት IND (ኣገልግሎት ኢሚግሬሽንን ዜግነትን) ክትረኽብዎ ትኽእሉ።</translation>
    </message>
    <message>
        <source>Digits only, e.g. 1234567890</source>
        <translation>ኣሃዛት ጥራይ፣ ንኣብነት 1234567890</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>ሰብ ርክብ</translation>
    </message>
    <message>
        <source>Your contact person at the IND, or at the COA, the organisation that runs the reception centres.</source>
        <translation>ሰብ ርክብኩም ኣብ IND፣ ወይ ኣብ COA፣ እቲ ንማእከላት መዕቆቢ ዘመሓድር ትካል።</translation>
    </message>
    <message>
        <source>Name, organisation, phone number</source>
        <translation>ስም፣ ትካል፣ ቁጽሪ ተሌፎን</translation>
    </message>
    <message>
        <source>Case worker at the IND or the COA</source>
        <translation>ሰብ ርክብ ኣብ IND ወይ COA</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>ጠበቓ</translation>
    </message>
    <message>
        <source>Name, office, phone number</source>
        <translation>ስም፣ ቤት ጽሕፈት፣ ቁጽሪ ተሌፎን</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>መስርሕ</translation>
    </message>
    <message>
        <source>Which asylum procedure you are in. Your lawyer or the letters from the IND can tell you.</source>
        <translation>ኣብ ኣየናይ መስርሕ ዑቕባ ከም ዘለኹም። ጠበቓኹም ወይ ደብዳቤታት IND ክነግሩኹም ይኽእሉ።</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>ገና ኣይተፈልጠን</translation>
    </message>
    <message>
        <source>General asylum procedure (AA)</source>
        <translation>ሓፈሻዊ መስርሕ ዑቕባ (AA)</translation>
    </message>
    <message>
        <source>Extended procedure (VA)</source>
        <translation>ዝተናውሐ መስርሕ ዑቕባ (VA)</translation>
    </message>
    <message>
        <source>Dublin</source>
        <translation>ደብሊን (Dublin)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ካልእ</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>መስርሕ፦ %1</translation>
    </message>
    <message>
        <source>Registration (asylum application)</source>
        <translation>ምዝገባ (ሕቶ ዑቕባ)</translation>
    </message>
    <message>
        <source>Detailed interview</source>
        <translation>ዝርዝራዊ ቃለ-መሕትት</translation>
    </message>
    <message>
        <source>Intention to reject received</source>
        <translation>መደብ ምንጻግ (voornemen) በጺሑ</translation>
    </message>
    <message>
        <source>View on the intention sent</source>
        <translation>መልሲ (zienswijze) ተላኢኹ</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>ውሳነ ተላኢኹ</translation>
    </message>
    <message>
        <source>Residence permit granted</source>
        <translation>ፍቓድ መንበሪ ተዋሂቡ</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>ይግባይ ቀሪቡ</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>ቆጸራ ቤት ፍርዲ</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>ኣገደስቲ ዕለታት</translation>
    </message>
    <message>
        <source>The dates of your procedure. Deadlines are counted from them, so write them exactly as they are on your letters.</source>
        <translation>ዕለታት መስርሕኩም። ናይ ግዜ ገደባት ካብዚኣቶም እዮም ዝቑጸሩ፣ ስለዚ ልክዕ ከምቲ ኣብ ደብዳቤታትኩም ዘሎ ጽሓፍዎም።</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>ዕለት ወስኽ</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>ቆጸራታት</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>ገና ቆጸራ የለን።</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>ቆጸራ ወስኽ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ሰባት</translation>
    </message>
    <message>
        <source>Your lawyer, your case worker, your guardian: the people you need to reach.</source>
        <translation>ጠበቓኹም፣ ሰብ ርክብኩም፣ ሞግዚትኩም፦ ክትረኽብዎም ዘድልየኩም ሰባት።</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>ሰብ ወስኽ</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>ኣገዳሲ ዕለት</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>እንታይ ኣጋጢሙ</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>እንታይ ኣጋጢሙ፦ %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ዕለት</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>መዘኻኸሪ (እንተ ደሊኹም)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>መዘኻኸሪ</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>ቆጸራ</translation>
    </message>
    <message>
        <source>What, e.g. Meeting with my lawyer</source>
        <translation>እንታይ፣ ንኣብነት ምስ ጠበቓይ ርክብ</translation>
    </message>
    <message>
        <source>What the appointment is</source>
        <translation>እንታይ ቆጸራ ምዃኑ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>መዓስ</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>ኣበይ (እንተ ደሊኹም)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>ኣበይ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ሰብ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Who they are, e.g. My lawyer</source>
        <translation>መን ምዃኖም፣ ንኣብነት ጠበቓይ</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>መን ምዃኖም</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>ቁጽሪ ተሌፎን</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>ኣድራሻ ኢመይል</translation>
    </message>
    <message>
        <source>See your procedure and deadlines</source>
        <translation>መስርሕኩምን ናይ ግዜ ገደባትኩምን ርአዩ</translation>
    </message>
</context>
<context>
    <name>NoteEditorPage</name>
    <message>
        <source>New note</source>
        <translation>ሓድሽ መዘኻኸሪ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>መዘኻኸሪ</translation>
    </message>
    <message>
        <source>You have no private notes on this phone yet.</source>
        <translation>ኣብዚ ተሌፎን ገና ብሕታዊ መዘኻኸሪታት የብልኩምን።</translation>
    </message>
    <message>
        <source>Unlock your notes first</source>
        <translation>ቅድም መዘኻኸሪታትኩም ክፈትዎም</translation>
    </message>
    <message>
        <source>Go to My notes</source>
        <translation>ናብ ናተይ መዘኻኸሪታት ኪድ</translation>
    </message>
    <message>
        <source>This note could not be saved. Your text is still here; keep this page open and try again in a moment.</source>
        <translation>እዚ መዘኻኸሪ ክዕቀብ ኣይከኣለን። ጽሑፍኩም ኣብዚ ኣሎ፤ ነዚ ገጽ ክፉት ገዲፍኩም ድሕሪ ቁሩብ ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>Your last changes could not be saved. Your text is still here; keep this page open and try again in a moment.</source>
        <translation>ናይ መወዳእታ ለውጥታትኩም ክዕቀቡ ኣይከኣሉን። ጽሑፍኩም ኣብዚ ኣሎ፤ ነዚ ገጽ ክፉት ገዲፍኩም ድሕሪ ቁሩብ ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>This note could not be deleted. Try again in a moment.</source>
        <translation>እዚ መዘኻኸሪ ክድምሰስ ኣይከኣለን። ድሕሪ ቁሩብ ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>This note is not there any more. It may have been deleted.</source>
        <translation>እዚ መዘኻኸሪ ሕጂ የለን። ምናልባት ተደምሲሱ ይኸውን።</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ኣርእስቲ</translation>
    </message>
    <message>
        <source>Write your note here</source>
        <translation>መዘኻኸሪኹም ኣብዚ ጽሓፉ</translation>
    </message>
    <message>
        <source>Tags, e.g. interview, lawyer</source>
        <translation>መለለዪታት፣ ንኣብነት ቃለ-መሕትት, ጠበቓ</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>መለለዪታት፣ ብኮማ (,) ተፈላልዮም</translation>
    </message>
    <message>
        <source>Your note is kept as soon as you start typing.</source>
        <translation>ምጽሓፍ ምስ ጀመርኩም መዘኻኸሪኹም ይዕቀብ።</translation>
    </message>
    <message>
        <source>Created %1 · Changed %2</source>
        <translation>ተሰሪሑ፦ %1 · ተቐይሩ፦ %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ደምስስ</translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation>ነዚ መዘኻኸሪ ደምስስ</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>ነዚ መዘኻኸሪ ክትድምስስዎ ትደልዩ ዶ?</translation>
    </message>
    <message>
        <source>The note will be deleted from this phone. You cannot undo this.</source>
        <translation>እቲ መዘኻኸሪ ካብዚ ተሌፎን ክድምሰስ እዩ። ነዚ ክትመልስዎ ኣይትኽእሉን።</translation>
    </message>
    <message>
        <source>Keep the note</source>
        <translation>መዘኻኸሪ ኣይትደምስስ</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>መዘኻኸሪ ደምስስ</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Remove</source>
        <translation>ኣልግስ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ዕቀብ</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>ምድላይ</translation>
    </message>
    <message>
        <source>Search articles and words</source>
        <translation>ጽሑፋትን ቃላትን ድለዩ</translation>
    </message>
    <message>
        <source>Search the information</source>
        <translation>ኣብ ሓበሬታ ድለዩ</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer or shorter words.</source>
        <translation>ን“%1” ዝኾነ ነገር ኣይተረኽበን። ውሑዳት ወይ ሓጸርቲ ቃላት ፈትኑ።</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>መዝገበ ቃላት</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>ጽሑፍ</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>ብእንግሊዝኛ</translation>
    </message>
    <message>
        <source>Type a word, or the beginning of a word. Articles, Dutch words from the glossary, the steps of the procedures and contacts are searched.</source>
        <translation>ቃል፣ ወይ መጀመርታ ናይ ቃል ጽሓፉ። ኣብ ጽሑፋት፣ ቃላት ሆላንድኛ ካብ መዝገበ ቃላት፣ ስጉምትታት መስርሕን ሓበሬታ ርክብን ይድለ።</translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation>ስጉምቲ መስርሕ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ሓበሬታ ርክብ</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>ቅጥዕታት</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>ቋንቋ፦ %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>ሓበሬታ</translation>
    </message>
    <message>
        <source>No information is installed.</source>
        <translation>ዝተጻዕነ ሓበሬታ የለን።</translation>
    </message>
    <message>
        <source>%1, published by %2. Information as of %3.</source>
        <translation>%1፣ ኣሕታሚ፦ %2። ሓበሬታ ክሳብ %3።</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>ብሕትውና</translation>
    </message>
    <message>
        <source>This app works without internet. It does not collect or send any information about you.</source>
        <translation>እዚ ኣፕ ብዘይ ኢንተርነት ይሰርሕ። ብዛዕባኹም ዝኾነ ሓበሬታ ኣይእክብን ኣይሰድድን።</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>ምሕዳስ ሓበሬታ</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>ካላንደር</translation>
    </message>
    <message>
        <source>Today: %1. Deadlines always show the Gregorian date too: it is the date the IND and the courts use.</source>
        <translation>ሎሚ፦ %1። ናይ ግዜ ገደባት ኩሉ ግዜ ናይ ፈረንጂ ዕለት እውን የርእዩ፦ IND ከምኡውን ቤት ፍርድታት ዝጥቀምሉ ዕለት እዚ እዩ።</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>ምርኢት</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>ዓቐን ጽሑፍ</translation>
    </message>
    <message>
        <source>Follow the system (%1%)</source>
        <translation>ከም ቅጥዕታት መሳርሒ (%1%)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>ፍልልይ ሕብሪ</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>ንቡር</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ልዑል ፍልልይ ሕብሪ</translation>
    </message>
    <message>
        <source>Light or dark</source>
        <translation>ብሩህ ወይ ጸልማት</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>ከም ቅጥዕታት መሳርሒ</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ብሩህ</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ጸልማት</translation>
    </message>
    <message>
        <source>The volunteer PIN is set.</source>
        <translation>PIN ወለንተኛ ተቐሚጡ ኣሎ።</translation>
    </message>
    <message>
        <source>Shared laptop (kiosk) mode</source>
        <translation>ኣገባብ ሓባራዊ ላፕቶፕ</translation>
    </message>
    <message>
        <source>For a laptop that many people use, one after the other. The app fills the screen and starts with the choice of language. Notes are not available and no files are saved. After a time without use, it starts over and forgets what the last person did. A volunteer leaves kiosk mode with a PIN.</source>
        <translation>ንሓደ ብዙሓት ሰባት ሓደ ድሕሪ ሓደ ዝጥቀምሉ ላፕቶፕ። እቲ ኣፕ ንምሉእ ስክሪን ይሕዝ፣ ብምርጫ ቋንቋ ድማ ይጅምር። መዘኻኸሪታት ኣይርከቡን፣ ዋላ ሓደ ፋይል&apos;ውን ኣይዕቀብን። ንገለ ግዜ እንተዘይተጠቐምሉ፣ ካብ መጀመርታ ይጅምር፣ እቲ ናይ መወዳእታ ሰብ ዝገበሮ ድማ ይርስዕ። ወለንተኛ ብPIN ካብ ኣገባብ ሓባራዊ ላፕቶፕ ይወጽእ።</translation>
    </message>
    <message>
        <source>Kiosk mode is on. To leave it, a volunteer taps “Volunteer” at the top and types the PIN.</source>
        <translation>ኣገባብ ሓባራዊ ላፕቶፕ ተወሊዑ ኣሎ። ካብኡ ንምውጻእ፣ ወለንተኛ ኣብ ላዕሊ “ወለንተኛ” ጠዊቑ PIN ይጽሕፍ።</translation>
    </message>
    <message>
        <source>Kiosk mode was asked for. Start it below.</source>
        <translation>ኣገባብ ሓባራዊ ላፕቶፕ ተሓቲቱ ኣሎ። ኣብ ታሕቲ ጀምርዎ።</translation>
    </message>
    <message>
        <source>Kiosk mode was asked for, but no volunteer PIN is set. Set a PIN, then start kiosk mode.</source>
        <translation>ኣገባብ ሓባራዊ ላፕቶፕ ተሓቲቱ ኣሎ፣ ግን PIN ወለንተኛ ኣይተቐመጠን። PIN ኣቐምጡ፣ ድሕሪኡ ኣገባብ ሓባራዊ ላፕቶፕ ጀምሩ።</translation>
    </message>
    <message>
        <source>A volunteer PIN is set. You can set a new one.</source>
        <translation>PIN ወለንተኛ ተቐሚጡ ኣሎ። ሓድሽ PIN ክተቐምጡ ትኽእሉ።</translation>
    </message>
    <message>
        <source>Set a volunteer PIN of 4 to 12 digits, and give it only to volunteers.</source>
        <translation>ካብ 4 ክሳብ 12 ኣሃዛት ዘለዎ PIN ወለንተኛ ኣቐምጡ፣ ንወለንተኛታት ጥራይ ድማ ሃብዎ።</translation>
    </message>
    <message>
        <source>New volunteer PIN (4 to 12 digits)</source>
        <translation>ሓድሽ PIN ወለንተኛ (ካብ 4 ክሳብ 12 ኣሃዛት)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>ነቲ PIN ደጊምኩም ጽሓፉ</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>PIN ዕቀብ</translation>
    </message>
    <message>
        <source>Start over after this time without use</source>
        <translation>ድሕሪ እዚ ግዜ ብዘይ ምጥቃም፣ ካብ መጀመርታ ይጅምር</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n ደቒቕ</numerusform>
            <numerusform>%n ደቒቕ</numerusform>
        </translation>
    </message>
    <message>
        <source>Start kiosk mode</source>
        <translation>ኣገባብ ሓባራዊ ላፕቶፕ ጀምር</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Machine translation, not yet checked by a person</source>
        <translation>ብማሽን ዝተተርጎመ፣ ገና ብሰብ ኣይተመርመረን</translation>
    </message>
    <message>
        <source>This translation may be out of date</source>
        <translation>እዚ ትርጉም ዝኣረገ ክኸውን ይኽእል</translation>
    </message>
    <message>
        <source>Not yet in your language. Shown in %1.</source>
        <translation>ገና ብቋንቋኹም የለን። ብቋንቋ %1 ይርአ ኣሎ።</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Today</source>
        <translation>ሎሚ</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>ጽባሕ</translation>
    </message>
    <message numerus="yes">
        <source>In %n days</source>
        <translation>
            <numerusform>ድሕሪ %n መዓልቲ</numerusform>
            <numerusform>ድሕሪ %n መዓልቲ</numerusform>
        </translation>
    </message>
    <message>
        <source>Your procedure</source>
        <translation>መስርሕኩም</translation>
    </message>
    <message>
        <source>A lawyer must confirm every deadline. The dates in this app are calculations from general rules, and they can be wrong for your case. Ask your lawyer before you rely on them.</source>
        <translation>ነፍሲ ወከፍ ናይ ግዜ ገደብ ብጠበቓ ክረጋገጽ ኣለዎ። ኣብዚ ኣፕ ዘለዉ ዕለታት ካብ ሓፈሻዊ ሕግታት ዝተሓሰቡ እዮም፣ ንጉዳይኩም ድማ ጌጋ ክኾኑ ይኽእሉ። ቅድሚ ብእኦም ምእማንኩም ንጠበቓኹም ሕተቱ።</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the English text.</source>
        <translation>ገና ናብ %1 ኣይተተርጎመን። ነቲ ናይ እንግሊዝኛ ጽሑፍ ተንብቡ ኣለኹም።</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>ገና ናብ %1 ኣይተተርጎመን። ነቲ ጽሑፍ ብቋንቋ %2 ተንብቡ ኣለኹም።</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>ሕጊ ብዛዕባ እዚ ይቕየር ኣሎ። ንዓኹም እንታይ ከም ዝምልከት ንጠበቓኹም ወይ ንVluchtelingenWerk ሕተቱ።</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>እንታይ ይቕየር ኣሎ</translation>
    </message>
    <message>
        <source>No procedures are installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</source>
        <translation>ገና ዝተጻዕነ መስርሕ የለን። ነቲ ኣፕ ደጊምኩም ጽዓንዎ፣ ወይ ነቲ ኣፕ ዝሃበኩም ትካል ምሕዳስ ሓበሬታ ሕተቱ።</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>መስርሕ፦ %1</translation>
    </message>
    <message>
        <source>The dot marks where you are, from the dates in My case.</source>
        <translation>ብመሰረት እቶም ኣብ ጉዳየይ ዘለዉ ዕለታት፣ እታ ነጥቢ ኣበይ ከም ዘለኹም ተርኢ።</translation>
    </message>
    <message>
        <source>Add the dates from your letters in My case to see where you are.</source>
        <translation>ኣበይ ከም ዘለኹም ንምርኣይ፣ ዕለታት ካብ ደብዳቤታትኩም ኣብ ጉዳየይ ወስኹ።</translation>
    </message>
    <message>
        <source>Open your notes to see where you are and your own deadlines.</source>
        <translation>ኣበይ ከም ዘለኹምን ናይ ባዕልኹም ናይ ግዜ ገደባትን ንምርኣይ፣ መዘኻኸሪታትኩም ክፈቱ።</translation>
    </message>
    <message>
        <source>Step %1: %2. You are here.</source>
        <translation>ስጉምቲ %1፦ %2። ኣብዚ ኣለኹም።</translation>
    </message>
    <message>
        <source>Step %1: %2. This comes next.</source>
        <translation>ስጉምቲ %1፦ %2። እዚ ቀጺሉ ይመጽእ።</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>ስጉምቲ %1፦ %2</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>ኣብዚ ኣለኹም</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ዝቕጽል</translation>
    </message>
    <message>
        <source>Your date: %1</source>
        <translation>ዕለትኩም፦ %1</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>መን ኣሎ</translation>
    </message>
    <message>
        <source>What to prepare</source>
        <translation>እንታይ ከተዳልዉ</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>መሰላትኩም</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>ክንደይ ግዜ</translation>
    </message>
    <message>
        <source>Time limit: %1. Ask your lawyer at once how much time you have.</source>
        <translation>ዝተፈቕደ ግዜ፦ %1። ክንደይ ግዜ ከም ዘለኩም ብቕጽበት ንጠበቓኹም ሕተቱ።</translation>
    </message>
    <message>
        <source>Time limit: %1, %2.</source>
        <translation>ዝተፈቕደ ግዜ፦ %1፣ %2።</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>ሕጋዊ መሰረት፦ %1</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>ተወሳኺ ኣንብብ</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>ኣንብብ፦ %1</translation>
    </message>
    <message>
        <source>My deadlines</source>
        <translation>ናይ ግዜ ገደባተይ</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>ምሉእ መገዲ ናይቲ ፋይል ጽሓፉ፣ ብ / ዝጅምር።</translation>
    </message>
    <message>
        <source>Calendar saved. Open it with your calendar app to add the dates.</source>
        <translation>እቲ ካላንደር ተዓቂቡ። ነቶም ዕለታት ንምውሳኽ፣ ብኣፕ ካላንደርኩም ክፈትዎ።</translation>
    </message>
    <message>
        <source>You have not chosen your procedure in My case. Until you do, the deadlines are counted with the shortest time limits, those of the general procedure (AA).</source>
        <translation>ኣብ ጉዳየይ መስርሕኩም ገና ኣይመረጽኩምን። ክሳብ እትመርጹ፣ ናይ ግዜ ገደባት ብእቲ ዝሓጸረ ዝተፈቕደ ግዜ፣ ማለት ናይ ሓፈሻዊ መስርሕ ዑቕባ (AA)፣ እዮም ዝቑጸሩ።</translation>
    </message>
    <message>
        <source>Add the dates from your letters in My case, for example the day your decision was sent. Your deadlines then appear here.</source>
        <translation>ዕለታት ካብ ደብዳቤታትኩም ኣብ ጉዳየይ ወስኹ፣ ንኣብነት ውሳነኹም ዝተላእከሉ መዓልቲ። ድሕሪኡ ናይ ግዜ ገደባትኩም ኣብዚ ክርኣዩ እዮም።</translation>
    </message>
    <message>
        <source>None of your dates starts a time limit that this app can count.</source>
        <translation>ካብ ዕለታትኩም ሓደ&apos;ኳ እዚ ኣፕ ክቖጽሮ ዝኽእል ዝተፈቕደ ግዜ ኣይጅምርን።</translation>
    </message>
    <message>
        <source>Ask your lawyer at once: this app gives no date for this time limit.</source>
        <translation>ብቕጽበት ንጠበቓኹም ሕተቱ፦ እዚ ኣፕ ነዚ ዝተፈቕደ ግዜ ዕለት ኣይህብን።</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>ናይ መወዳእታ መዓልቲ፦ %1</translation>
    </message>
    <message>
        <source>This deadline could not be counted (%1). Ask your lawyer.</source>
        <translation>እዚ ናይ ግዜ ገደብ ክቑጸር ኣይከኣለን (%1)። ንጠበቓኹም ሕተቱ።</translation>
    </message>
    <message>
        <source>This date has passed.</source>
        <translation>እዚ ዕለት ሓሊፉ እዩ።</translation>
    </message>
    <message>
        <source>Counted from: %1</source>
        <translation>ካብዚ ተቖጺሩ፦ %1</translation>
    </message>
    <message>
        <source>It is not certain that this time limit gets extra days. To be safe, act by %1.</source>
        <translation>እዚ ዝተፈቕደ ግዜ ተወሳኺ መዓልታት ከም ዝረክብ ርግጸኛ ኣይኮነን። ንውሕስነት፣ ክሳብ %1 ስጉምቲ ውሰዱ።</translation>
    </message>
    <message>
        <source>Counted with the time limit of the general procedure (AA), because you have not chosen your procedure.</source>
        <translation>መስርሕኩም ስለ ዘይመረጽኩም፣ ብዝተፈቕደ ግዜ ናይ ሓፈሻዊ መስርሕ ዑቕባ (AA) እዩ ተቖጺሩ።</translation>
    </message>
    <message>
        <source>A lawyer must confirm this deadline.</source>
        <translation>እዚ ናይ ግዜ ገደብ ብጠበቓ ክረጋገጽ ኣለዎ።</translation>
    </message>
    <message>
        <source>How it was counted:</source>
        <translation>ብኸመይ ከም ዝተቖጽረ፦</translation>
    </message>
    <message>
        <source>Edit my dates in My case</source>
        <translation>ዕለታተይ ኣብ ጉዳየይ ቀይር</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>ዝመጽኡ ዘለዉ</translation>
    </message>
    <message>
        <source>No deadlines or appointments from today on.</source>
        <translation>ካብ ሎሚ ንደሓር ናይ ግዜ ገደብ ወይ ቆጸራ የለን።</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>ናይ ግዜ ገደብ፦ %1</translation>
    </message>
    <message>
        <source>Ask your lawyer at once</source>
        <translation>ብቕጽበት ንጠበቓኹም ሕተቱ</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation>ናብ ካላንደርኩም ወስኹ</translation>
    </message>
    <message>
        <source>Save your deadlines and appointments as a calendar file (.ics) that calendar apps can import. The file is not encrypted: anyone who opens it can read it.</source>
        <translation>ናይ ግዜ ገደባትኩምን ቆጸራታትኩምን ከም ፋይል ካላንደር (.ics) ዕቀብዎም፣ ኣፕታት ካላንደር ከእትውዎ ይኽእሉ። እቲ ፋይል ብምስጢራዊ ኮድ ኣይተሓለወን፦ ዝኸፍቶ ዝኾነ ሰብ ከንብቦ ይኽእል።</translation>
    </message>
    <message>
        <source>Type where to save it, for example %1</source>
        <translation>ኣበይ ክዕቀብ ከም ዘለዎ ጽሓፉ፣ ንኣብነት %1</translation>
    </message>
    <message>
        <source>Where to save the calendar file</source>
        <translation>ፋይል ካላንደር ዝዕቀበሉ ቦታ</translation>
    </message>
    <message>
        <source>Write only &quot;Deadline&quot; and &quot;Appointment&quot;, without details, so a locked phone shows nothing about your case</source>
        <translation>“ናይ ግዜ ገደብ”ን “ቆጸራ”ን ጥራይ ብዘይ ዝርዝር ምጽሓፍ፣ ተዓጺዩ ዘሎ ተሌፎን ብዛዕባ ጉዳይኩም ዋላ ሓንቲ ከየርኢ</translation>
    </message>
    <message>
        <source>Save calendar file</source>
        <translation>ፋይል ካላንደር ዕቀብ</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ምንጭታት</translation>
    </message>
    <message>
        <source>Save the steps of this procedure as a PDF file in the language you are reading, with the time limits, the sources and the date it was checked. Print it or give it to someone. It holds nothing from your notes and none of your own dates.</source>
        <translation>ስጉምትታት ናይዚ መስርሕ ብእትንብብዎ ዘለኹም ቋንቋ ከም ፋይል PDF ዕቀብዎ፣ ምስ ዝተፈቕዱ ግዜታት፣ ምንጭታትን ዝተመርመረሉ ዕለትን። ሕተምዎ ወይ ንሓደ ሰብ ሃብዎ። ካብ መዘኻኸሪታትኩምን ካብ ናይ ባዕልኹም ዕለታትን ዋላ ሓንቲ ኣይሓዘን።</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There is no information on this topic yet.</source>
        <translation>ብዛዕባ እዚ ኣርእስቲ ገና ሓበሬታ የለን።</translation>
    </message>
</context>
<context>
    <name>VaultLockedNotice</name>
    <message>
        <source>You have no private notes on this phone yet.</source>
        <translation>ኣብዚ ተሌፎን ገና ብሕታዊ መዘኻኸሪታት የብልኩምን።</translation>
    </message>
    <message>
        <source>Unlock your notes first</source>
        <translation>ቅድም መዘኻኸሪታትኩም ክፈትዎም</translation>
    </message>
    <message>
        <source>Go to My notes</source>
        <translation>ናብ ናተይ መዘኻኸሪታት ኪድ</translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <source>My notes</source>
        <translation>ናተይ መዘኻኸሪታት</translation>
    </message>
    <message>
        <source>Your notes are locked.</source>
        <translation>መዘኻኸሪታትኩም ተዓጽዮም ኣለዉ።</translation>
    </message>
    <message>
        <source>Your notes are open.</source>
        <translation>መዘኻኸሪታትኩም ክፉታት እዮም።</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ዕጸው</translation>
    </message>
    <message>
        <source>Lock my notes</source>
        <translation>መዘኻኸሪታተይ ዕጸው</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>ቅልጡፍ ምውጻእ</translation>
    </message>
    <message>
        <source>Quick exit: lock my notes and close the app at once</source>
        <translation>ቅልጡፍ ምውጻእ፦ መዘኻኸሪታተይ ምዕጻውን ነቲ ኣፕ ብቕጽበት ምዕጻውን</translation>
    </message>
    <message>
        <source>Your passphrase is too short. Use at least %1 characters.</source>
        <translation>መሕለፊ ቃልኩም ኣዝዩ ሓጺር እዩ። እንተወሓደ %1 ፊደላት ወይ ምልክታት ተጠቐሙ።</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>እቶም ክልተ መሕለፊ ቃላት ሓደ ኣይኮኑን። ደጊምኩም ጽሓፍዎም።</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>ብሕታዊ መዘኻኸሪታት</translation>
    </message>
    <message>
        <source>Keep private notes about your case. They are locked with a passphrase and stored only on this device, encrypted.</source>
        <translation>ብዛዕባ ጉዳይኩም ብሕታዊ መዘኻኸሪታት ሓዙ። ብመሕለፊ ቃል ተዓጽዮም፣ ብምስጢራዊ ኮድ ተሓልዮም፣ ኣብዚ መሳርሒ ጥራይ ይዕቀቡ።</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters. A PIN of %1 or more digits works, but a longer passphrase is safer. Do not use your date of birth or your V-number.</source>
        <translation>እንተወሓደ %1 ፊደላት ወይ ምልክታት ዘለዎ መሕለፊ ቃል ምረጹ። %1 ወይ ካብኡ ዝበዝሑ ኣሃዛት ዘለዎ PIN ይሰርሕ፣ ግን ዝነውሐ መሕለፊ ቃል ዝያዳ ውሑስ እዩ። ዕለት ልደትኩም ወይ V-nummer ናትኩም ኣይትጠቐሙ።</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>መሕለፊ ቃል</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>መሕለፊ ቃል ደጊምኩም ጽሓፉ</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>ፍጠር</translation>
    </message>
    <message>
        <source>Create my private notes</source>
        <translation>ብሕታዊ መዘኻኸሪታተይ ፍጠር</translation>
    </message>
    <message>
        <source>Making your vault safe. This takes a few seconds.</source>
        <translation>ውሑስ ሳጹንኩም ይሕለው ኣሎ። እዚ ውሑዳት ካልኢታት ይወስድ።</translation>
    </message>
    <message>
        <source>I have a backup from another phone</source>
        <translation>ካብ ካልእ ተሌፎን ቅዳሕ ውሕስነት ኣሎኒ</translation>
    </message>
    <message>
        <source>Type where the backup file is, for example %1, and the passphrase or recovery key that opens it.</source>
        <translation>ፋይል ቅዳሕ ውሕስነት ኣበይ ከም ዘሎ (ንኣብነት %1)፣ ከምኡ&apos;ውን ዝኸፍቶ መሕለፊ ቃል ወይ መፍትሕ ምምላስ ጽሓፉ።</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ፋይል ቅዳሕ ውሕስነት</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>መሕለፊ ቃል ወይ መፍትሕ ምምላስ</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>ቅዳሕ ውሕስነት መልስ</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>ምሉእ መገዲ ናይቲ ፋይል ጽሓፉ፣ ብ / ዝጅምር።</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>መፍትሕ ምምላስኩም</translation>
    </message>
    <message>
        <source>Write this recovery key on paper and keep it somewhere safe. If you forget your passphrase, it is the only way to open your notes. It will not be shown again.</source>
        <translation>ነዚ መፍትሕ ምምላስ ኣብ ወረቐት ጽሓፍዎ፣ ኣብ ውሑስ ቦታ ድማ ሓዝዎ። መሕለፊ ቃልኩም እንተ ረሲዕኩም፣ መዘኻኸሪታትኩም ንምኽፋት እንኮ መገዲ እዩ። ደጊሙ ኣይክርአን እዩ።</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>መፍትሕ ምምላስ</translation>
    </message>
    <message>
        <source>I wrote it down</source>
        <translation>ጽሒፈዮ ኣለኹ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ቀጽል</translation>
    </message>
    <message>
        <source>Open your notes</source>
        <translation>መዘኻኸሪታትኩም ክፈቱ</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you made your notes. Spaces and dashes do not matter.</source>
        <translation>ነቲ መዘኻኸሪታትኩም ክትሰርሑ ከለኹም ዝጸሓፍኩምዎ መፍትሕ ምምላስ ጽሓፉ። ባዶ ቦታታትን ሰረዛትን (-) ኣየገድሱን።</translation>
    </message>
    <message>
        <source>Type your passphrase to open your notes.</source>
        <translation>መዘኻኸሪታትኩም ንምኽፋት መሕለፊ ቃልኩም ጽሓፉ።</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ክፈት</translation>
    </message>
    <message>
        <source>Unlock my notes</source>
        <translation>መዘኻኸሪታተይ ክፈት</translation>
    </message>
    <message>
        <source>Opening your notes. This takes a few seconds.</source>
        <translation>መዘኻኸሪታትኩም ይኽፈቱ ኣለዉ። እዚ ውሑዳት ካልኢታት ይወስድ።</translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation>ኣብ ክንድኡ መፍትሕ ምምላስ ተጠቐም</translation>
    </message>
    <message>
        <source>After your notes are open, choose a new passphrase in Vault settings.</source>
        <translation>መዘኻኸሪታትኩም ምስ ተኸፍቱ፣ ኣብ ቅጥዕታት ውሑስ ሳጹን ሓድሽ መሕለፊ ቃል ምረጹ።</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>ሓድሽ መዘኻኸሪ</translation>
    </message>
    <message>
        <source>My case</source>
        <translation>ጉዳየይ</translation>
    </message>
    <message>
        <source>My case: V-number, case worker, lawyer and procedure</source>
        <translation>ጉዳየይ፦ V-nummer፣ ሰብ ርክብ፣ ጠበቓን መስርሕን</translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation>ቅጥዕታት ውሑስ ሳጹን</translation>
    </message>
    <message>
        <source>Search your notes</source>
        <translation>ኣብ መዘኻኸሪታትኩም ድለዩ</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ኣይተዓቀበን፦ %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ተዓቂቡ</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>ይዕቀብ ኣሎ…</translation>
    </message>
    <message>
        <source>No notes yet. Write down what happened at your interview, names, dates, questions for your lawyer.</source>
        <translation>ገና መዘኻኸሪ የለን። ኣብ ቃለ-መሕትትኩም ዘጋጠመ፣ ኣስማት፣ ዕለታት፣ ንጠበቓኹም እትሓትዎ ሕቶታት ጽሓፉ።</translation>
    </message>
    <message>
        <source>No notes contain “%1”.</source>
        <translation>“%1” ዝሓዘ መዘኻኸሪ የለን።</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>ኣርእስቲ ዘይብሉ መዘኻኸሪ</translation>
    </message>
    <message>
        <source>Changed %1 · %2</source>
        <translation>ተቐይሩ፦ %1 · %2</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>ተቐይሩ፦ %1</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>ሰነዳተይ</translation>
    </message>
    <message>
        <source>My documents: photos and PDFs of letters</source>
        <translation>ሰነዳተይ፦ ስእልታትን PDF ፋይላትን ደብዳቤታት</translation>
    </message>
</context>
<context>
    <name>VaultSettingsPage</name>
    <message>
        <source>Vault settings</source>
        <translation>ቅጥዕታት ውሑስ ሳጹን</translation>
    </message>
    <message>
        <source>Working on your vault. This can take a few seconds.</source>
        <translation>ኣብ ውሑስ ሳጹንኩም ይስራሕ ኣሎ። እዚ ውሑዳት ካልኢታት ክወስድ ይኽእል።</translation>
    </message>
    <message>
        <source>Your passphrase is too short. Use at least %1 characters.</source>
        <translation>መሕለፊ ቃልኩም ኣዝዩ ሓጺር እዩ። እንተወሓደ %1 ፊደላት ወይ ምልክታት ተጠቐሙ።</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>እቶም ክልተ መሕለፊ ቃላት ሓደ ኣይኮኑን። ደጊምኩም ጽሓፍዎም።</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>ምሉእ መገዲ ናይቲ ፋይል ጽሓፉ፣ ብ / ዝጅምር።</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>መሕለፊ ቃል ቀይር</translation>
    </message>
    <message>
        <source>Your notes stay as they are. Your recovery key keeps working.</source>
        <translation>መዘኻኸሪታትኩም ከም ዘለዉዎ ይጸንሑ። መፍትሕ ምምላስኩም ምስራሕ ይቕጽል።</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>ሓድሽ መሕለፊ ቃል</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>ሓድሽ መሕለፊ ቃል ደጊምኩም ጽሓፉ</translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a few seconds.</source>
        <translation>መሕለፊ ቃልኩም ይቕየር ኣሎ። እዚ ውሑዳት ካልኢታት ይወስድ።</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>ባዕሉ ምዕጻው</translation>
    </message>
    <message>
        <source>Your notes lock when you leave the app, and after this many minutes without use:</source>
        <translation>መዘኻኸሪታትኩም ካብቲ ኣፕ ምስ ወጻእኩም ይዕጸዉ፣ ከምኡ&apos;ውን ድሕሪ እዚ ዝስዕብ ብዝሒ ደቓይቕ ብዘይ ምጥቃም፦</translation>
    </message>
    <message>
        <source>Minutes without use before your notes lock</source>
        <translation>መዘኻኸሪታትኩም ቅድሚ ምዕጻዎም፣ ብዘይ ምጥቃም ዝሓልፉ ደቓይቕ</translation>
    </message>
    <message numerus="yes">
        <source>minutes</source>
        <translation>
            <numerusform>ደቒቕ</numerusform>
            <numerusform>ደቒቕ</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>ቅዳሕ ውሕስነት ዕቀብ</translation>
    </message>
    <message>
        <source>A backup is a copy of your vault that stays encrypted. Save it on a memory card or USB stick to move your notes to a new phone. It opens with the passphrase you have now, or with your recovery key.</source>
        <translation>ቅዳሕ ውሕስነት ብምስጢራዊ ኮድ ተሓልዩ ዝጸንሕ ቅዳሕ ውሑስ ሳጹንኩም እዩ። መዘኻኸሪታትኩም ናብ ሓድሽ ተሌፎን ንምግዓዝ፣ ኣብ ካርድ ዝኽሪ (memory card) ወይ USB stick ዕቀብዎ። ብናይ ሕጂ መሕለፊ ቃልኩም፣ ወይ ብመፍትሕ ምምላስኩም ይኽፈት።</translation>
    </message>
    <message>
        <source>Type where to save it, for example %1</source>
        <translation>ኣበይ ክዕቀብ ከም ዘለዎ ጽሓፉ፣ ንኣብነት %1</translation>
    </message>
    <message>
        <source>Where to save the backup</source>
        <translation>ቅዳሕ ውሕስነት ዝዕቀበሉ ቦታ</translation>
    </message>
    <message>
        <source>Save backup</source>
        <translation>ቅዳሕ ውሕስነት ዕቀብ</translation>
    </message>
    <message>
        <source>Saving the backup.</source>
        <translation>ቅዳሕ ውሕስነት ይዕቀብ ኣሎ።</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>ቅዳሕ ውሕስነት ምምላስ</translation>
    </message>
    <message>
        <source>Restoring a backup replaces the notes on this phone with the notes in the backup. Type where the backup file is, and the passphrase or recovery key that opens it.</source>
        <translation>ቅዳሕ ውሕስነት ምምላስ ነቶም ኣብዚ ተሌፎን ዘለዉ መዘኻኸሪታት በቶም ኣብ ቅዳሕ ውሕስነት ዘለዉ መዘኻኸሪታት ይትክኦም። ፋይል ቅዳሕ ውሕስነት ኣበይ ከም ዘሎ፣ ከምኡ&apos;ውን ዝኸፍቶ መሕለፊ ቃል ወይ መፍትሕ ምምላስ ጽሓፉ።</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ፋይል ቅዳሕ ውሕስነት</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>መሕለፊ ቃል ወይ መፍትሕ ምምላስ</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>ቅዳሕ ውሕስነት መልስ</translation>
    </message>
    <message>
        <source>Delete my vault</source>
        <translation>ውሑስ ሳጹነይ ደምስስ</translation>
    </message>
    <message>
        <source>Deletes all your notes and case details from this phone.</source>
        <translation>ኩሎም መዘኻኸሪታትኩምን ዝርዝራት ጉዳይኩምን ካብዚ ተሌፎን ይድምስስ።</translation>
    </message>
    <message>
        <source>Replace your notes?</source>
        <translation>መዘኻኸሪታትኩም ክትትክእዎም ትደልዩ ዶ?</translation>
    </message>
    <message>
        <source>The notes and case details on this phone will be replaced by those in the backup. You cannot undo this.</source>
        <translation>እቶም ኣብዚ ተሌፎን ዘለዉ መዘኻኸሪታትን ዝርዝራት ጉዳይን በቶም ኣብ ቅዳሕ ውሕስነት ዘለዉ ክትክኡ እዮም። ነዚ ክትመልስዎ ኣይትኽእሉን።</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>ተክእ</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>ደምስስ</translation>
    </message>
    <message>
        <source>Delete your vault?</source>
        <translation>ውሑስ ሳጹንኩም ክትድምስስዎ ትደልዩ ዶ?</translation>
    </message>
    <message>
        <source>All your notes and case details will be deleted from this phone. This cannot be undone, not even with the recovery key. Backups you saved somewhere else are not deleted.</source>
        <translation>ኩሎም መዘኻኸሪታትኩምን ዝርዝራት ጉዳይኩምን ካብዚ ተሌፎን ክድምሰሱ እዮም። ነዚ ክትመልስዎ ኣይትኽእሉን፣ ብመፍትሕ ምምላስ&apos;ውን ኣይከኣልን። ኣብ ካልእ ቦታ ዝዓቀብኩምዎም ቅዳሓት ውሕስነት ኣይድምሰሱን።</translation>
    </message>
    <message>
        <source>To confirm, type %1</source>
        <translation>ንምርግጋጽ፣ %1 ጽሓፉ</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>ንምርግጋጽ %1 ጽሓፉ</translation>
    </message>
    <message>
        <source>Keep my vault</source>
        <translation>ውሑስ ሳጹነይ ኣይትደምስስ</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>ንሓዋሩ ደምስስ</translation>
    </message>
    <message>
        <source>Your vault was deleted from this phone.</source>
        <translation>ውሑስ ሳጹንኩም ካብዚ ተሌፎን ተደምሲሱ።</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>ምዝኽኻራት</translation>
    </message>
    <message>
        <source>While your notes are open, the app reminds you of your deadlines 7 days, 2 days and 1 day before and on the last day, and of your appointments 1 day and 2 hours before. While your notes are locked, there are no reminders. Your reminders are also listed under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</source>
        <translation>መዘኻኸሪታትኩም ክፉታት ክሳብ ዘለዉ፣ እቲ ኣፕ ንናይ ግዜ ገደባትኩም 7 መዓልቲ፣ 2 መዓልቲን 1 መዓልትን ቅድሚኡን ኣብታ ናይ መወዳእታ መዓልትን፣ ንቆጸራታትኩም ድማ 1 መዓልትን 2 ሰዓትን ቅድሚኡ የዘኻኽረኩም። መዘኻኸሪታትኩም ተዓጽዮም ክሳብ ዘለዉ፣ ምዝኽኻር የለን። ምዝኽኻራትኩም ኣብ ገጽ “መስርሕኩም” ትሕቲ “ዝመጽኡ ዘለዉ” እውን ተዘርዚሮም ኣለዉ።</translation>
    </message>
    <message>
        <source>Show details in reminders</source>
        <translation>ኣብ ምዝኽኻራት ዝርዝር ኣርኢ</translation>
    </message>
    <message>
        <source>Reminders say which deadline or appointment it is. Anyone who sees your screen, even when it is locked, can read it.</source>
        <translation>ምዝኽኻራት ኣየናይ ናይ ግዜ ገደብ ወይ ቆጸራ ምዃኑ ይገልጹ። ስክሪንኩም ዝርኢ ዝኾነ ሰብ፣ ተዓጽዩ ከሎ እውን፣ ከንብቦ ይኽእል።</translation>
    </message>
    <message>
        <source>Reminders only say &quot;You have a deadline in 2 days&quot;, not which one, so a locked screen shows nothing about your case.</source>
        <translation>ምዝኽኻራት “ድሕሪ 2 መዓልቲ ናይ ግዜ ገደብ ኣሎኩም” ጥራይ ይብሉ፣ ኣየናይ ምዃኑ ኣይገልጹን፣ ስለዚ ዝተዓጽወ ስክሪን ብዛዕባ ጉዳይኩም ዋላ ሓንቲ ኣየርእን።</translation>
    </message>
    <message>
        <source>This device did not show a reminder as a notification. You find your reminders under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</source>
        <translation>እዚ መሳርሒ ምዝኽኻር ከም መፍለጢ ኣብ ስክሪን ኣየርኣየን። ምዝኽኻራትኩም ኣብ ገጽ “መስርሕኩም” ትሕቲ “ዝመጽኡ ዘለዉ” ክትረኽብዎም ትኽእሉ።</translation>
    </message>
    <message>
        <source>The app remembers which reminders it has shown only until you close it. After a restart, a reminder of the last 24 hours can show once more.</source>
        <translation>እቲ ኣፕ ኣየናይ ምዝኽኻራት ከም ዘርኣየ ዝዝክር ክሳብ እትዓጽውዎ ጥራይ እዩ። ደጊምኩም ምስ ከፈትኩምዎ፣ ናይ ዝሓለፉ 24 ሰዓት ምዝኽኻር ሓንሳብ ደጊሙ ክርአ ይኽእል።</translation>
    </message>
</context>
<context>
    <name>rc::contacts::OpeningHours</name>
    <message>
        <source>Opens today at %1</source>
        <translation>ሎሚ ሰዓት %1 ይኽፈት</translation>
    </message>
    <message>
        <source>Opens tomorrow at %1</source>
        <translation>ጽባሕ ሰዓት %1 ይኽፈት</translation>
    </message>
    <message>
        <source>Opens %1 at %2</source>
        <extracomment>%1 is a day (&quot;Monday&quot;) or a date (&quot;Thursday 8 January&quot;), %2 a time (&quot;09:00&quot;)</extracomment>
        <translation>%1 ሰዓት %2 ይኽፈት</translation>
    </message>
    <message>
        <source>Open now, until midnight</source>
        <translation>ሕጂ ክፉት እዩ፣ ክሳብ ፍርቂ ለይቲ</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>ሕጂ ክፉት እዩ፣ ክሳብ ሰዓት %1</translation>
    </message>
    <message>
        <source>Open now, until tomorrow at %1</source>
        <translation>ሕጂ ክፉት እዩ፣ ክሳብ ጽባሕ ሰዓት %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <extracomment>%1 is a day (&quot;Monday&quot;) or a date (&quot;Thursday 8 January&quot;), %2 a time (&quot;09:00&quot;)</extracomment>
        <translation>ሕጂ ክፉት እዩ፣ ክሳብ %1 ሰዓት %2</translation>
    </message>
    <message>
        <source>Open 24 hours, every day</source>
        <translation>መዓልቲ መዓልቲ 24 ሰዓት ክፉት እዩ</translation>
    </message>
    <message>
        <source>Not open on any day</source>
        <translation>ዋላ ሓንቲ መዓልቲ ክፉት ኣይኮነን</translation>
    </message>
    <message>
        <source>Closed today (public holiday). %1</source>
        <extracomment>%1 says when it opens next, e.g. &quot;Opens tomorrow at 09:00&quot;</extracomment>
        <translation>ሎሚ ዕጹው እዩ (ህዝባዊ በዓል)። %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactDetails</name>
    <message>
        <source>Call %1</source>
        <translation>ናብ %1 ደውል</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>ህጹጽ</translation>
    </message>
    <message>
        <source>Only from a Dutch phone number</source>
        <translation>ካብ ቁጽሪ ተሌፎን ሆላንድ ጥራይ</translation>
    </message>
    <message>
        <source>WhatsApp %1</source>
        <translation>WhatsApp %1</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>ናብ %1 ኢመይል ስደድ</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>ወብሳይት፦ %1</translation>
    </message>
    <message>
        <source>This organisation is not in the installed information.</source>
        <translation>እዚ ትካል ኣብቲ ዝተጻዕነ ሓበሬታ የለን።</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>ምሉእ መገዲ ናይቲ ፋይል ጽሓፉ፣ ብ / ዝጅምር።</translation>
    </message>
    <message>
        <source>The contact card could not be saved at %1: %2</source>
        <translation>ካርድ ርክብ ኣብ %1 ክዕቀብ ኣይከኣለን፦ %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactListModel</name>
    <message>
        <source>Across the Netherlands</source>
        <translation>ኣብ መላእ ሆላንድ</translation>
    </message>
    <message>
        <source>In a region or town</source>
        <translation>ኣብ ሓደ ከባቢ ወይ ከተማ</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>ኩሎም ኣርእስትታት</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>ኩሎም ከባቢታት</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>ዝኾነ ቋንቋ</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactTexts</name>
    <message>
        <source>Legal help</source>
        <translation>ሕጋዊ ሓገዝ</translation>
    </message>
    <message>
        <source>Support during the procedure</source>
        <translation>ደገፍ ኣብ እዋን መስርሕ</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ጥዕና</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>ጥዕና ኣእምሮ</translation>
    </message>
    <message>
        <source>LGBTIQ+</source>
        <translation>LGBTIQ+</translation>
    </message>
    <message>
        <source>Violence against women and girls</source>
        <translation>ዓመጽ ኣብ ልዕሊ ደቂ ኣንስትዮን ኣዋልድን</translation>
    </message>
    <message>
        <source>Human trafficking</source>
        <translation>ዘውቲ ደቂ ሰባት</translation>
    </message>
    <message>
        <source>Children on their own</source>
        <translation>በይኖም ዘለዉ ቆልዑ</translation>
    </message>
    <message>
        <source>Finding family members</source>
        <translation>ኣባላት ስድራ ምድላይ</translation>
    </message>
    <message>
        <source>Going back</source>
        <translation>ናብ ዓዲ ምምላስ</translation>
    </message>
    <message>
        <source>Without papers</source>
        <translation>ብዘይ ሰነድ</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>ህጹጽ ኩነታት</translation>
    </message>
    <message>
        <source>Across the Netherlands</source>
        <translation>ኣብ መላእ ሆላንድ</translation>
    </message>
    <message>
        <source>Hours not known: check the website</source>
        <translation>ሰዓታት ስራሕ ኣይፍለጥን፦ ነቲ ወብሳይት ርአዩ</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>ሰዓታት ስራሕ ኣይፍለጥን</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContentUpdates</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Download progress, e.g. &quot;120 KB of 300 KB&quot;</extracomment>
        <translation>%1 ካብ %2</translation>
    </message>
    <message>
        <source>This web address is not valid. Type it like https://example.org/content/.</source>
        <translation>እዚ ኣድራሻ ኢንተርነት ቅኑዕ ኣይኮነን። ከም https://example.org/content/ ጌርኩም ጽሓፍዎ።</translation>
    </message>
    <message>
        <source>Type a web address starting with https://, or the full path of a folder, starting with /.</source>
        <translation>ብ https:// ዝጅምር ኣድራሻ ኢንተርነት፣ ወይ ብ / ዝጅምር ምሉእ መገዲ ናይ ፎልደር ጽሓፉ።</translation>
    </message>
    <message>
        <source>This mirror is already in the list.</source>
        <translation>እዚ ምንጪ ምሕዳስ ድሮ ኣብቲ ዝርዝር ኣሎ።</translation>
    </message>
    <message>
        <source>Content updates are not available here.</source>
        <translation>ምሕዳስ ሓበሬታ ኣብዚ ኣይርከብን።</translation>
    </message>
    <message>
        <source>Add a mirror first: a USB stick or folder with a copy of the information, or the web address your organisation gave you.</source>
        <translation>ቅድም ምንጪ ምሕዳስ ወስኹ፦ ቅዳሕ ናይቲ ሓበሬታ ዘለዎ USB stick ወይ ፎልደር፣ ወይ ትካልኩም ዝሃበኩም ኣድራሻ ኢንተርነት።</translation>
    </message>
    <message>
        <source>The app cannot tell whether this connection costs money, so the web mirrors were not used. Turn off &quot;Only on unmetered networks&quot; to use them anyway.</source>
        <translation>እቲ ኣፕ እዚ ርክብ ገንዘብ የኽፍል ድዩ ኣየኽፍልን ክፈልጥ ስለ ዘይከኣለ፣ ናይ ኢንተርነት ምንጭታት ምሕዳስ ኣይተጠቐመሎምን። ብዝኾነ ክትጥቀሙሎም እንተ ደሊኹም፣ “ኣብ ብዓቐን ዳታ ዘይኽፈሎ ኔትዎርክ ጥራይ” ኣጥፍእዎ።</translation>
    </message>
    <message>
        <source>This device is not connected to a network, so the web mirrors were not used.</source>
        <translation>እዚ መሳርሒ ምስ ኔትዎርክ ስለ ዘይተራኸበ፣ ናይ ኢንተርነት ምንጭታት ምሕዳስ ኣይተጠቐመሎምን።</translation>
    </message>
    <message>
        <source>This connection may cost money (it is metered), so the web mirrors were not used.</source>
        <translation>እዚ ርክብ ገንዘብ ከኽፍለኩም ስለ ዝኽእል (ብዓቐን ዳታ ይኽፈሎ እዩ)፣ ናይ ኢንተርነት ምንጭታት ምሕዳስ ኣይተጠቐመሎምን።</translation>
    </message>
    <message>
        <source>The information was updated.</source>
        <translation>እቲ ሓበሬታ ተሓዲሱ።</translation>
    </message>
    <message>
        <source>The information is up to date.</source>
        <translation>እቲ ሓበሬታ ሓድሽ እዩ።</translation>
    </message>
    <message>
        <source>This copy of the information is older than what you already have. It was ignored, and nothing changed.</source>
        <translation>እዚ ቅዳሕ ሓበሬታ ካብቲ ዘለኩም ዝኣረገ እዩ። ሸለል ተባሂሉ፣ ዋላ ሓደ ነገር ኣይተቐየረን።</translation>
    </message>
    <message>
        <source>A mirror offered older information than what you already have. It was refused, and nothing changed.</source>
        <translation>ሓደ ምንጪ ምሕዳስ ካብቲ ዘለኩም ዝኣረገ ሓበሬታ ኣቕሪቡ። ተነጺጉ፣ ዋላ ሓደ ነገር ኣይተቐየረን።</translation>
    </message>
    <message>
        <source>The information on the mirror has expired: the mirror is no longer kept up to date, or someone is holding back updates. Nothing changed.</source>
        <translation>እቲ ኣብ ምንጪ ምሕዳስ ዘሎ ሓበሬታ ግዜኡ ሓሊፉ፦ እቲ ምንጪ ምሕዳስ ድሕሪ ሕጂ ኣይሕደስን እዩ፣ ወይ ሓደ ሰብ ምሕዳሳት ይዓግት ኣሎ። ዋላ ሓደ ነገር ኣይተቐየረን።</translation>
    </message>
    <message>
        <source>The mirror could not be read: it cannot be reached, or it holds no copy of the information. Nothing changed.</source>
        <translation>እቲ ምንጪ ምሕዳስ ክንበብ ኣይከኣለን፦ ክብጻሕ ኣይከኣልን፣ ወይ ቅዳሕ ናይቲ ሓበሬታ የብሉን። ዋላ ሓደ ነገር ኣይተቐየረን።</translation>
    </message>
    <message>
        <source>The information could not be updated on this device. Nothing changed.</source>
        <translation>እቲ ሓበሬታ ኣብዚ መሳርሒ ክሕደስ ኣይከኣለን። ዋላ ሓደ ነገር ኣይተቐየረን።</translation>
    </message>
    <message>
        <source>The information on the mirror is not correctly signed by your distributor. It was refused, and nothing changed.</source>
        <translation>እቲ ኣብ ምንጪ ምሕዳስ ዘሎ ሓበሬታ ብኣከፋፋሊኹም ብቕኑዕ ኣይተፈርመን። ተነጺጉ፣ ዋላ ሓደ ነገር ኣይተቐየረን።</translation>
    </message>
    <message>
        <source>This copy is older than its signatures allow, but nothing in it is older than what you had, so it was used.</source>
        <translation>እዚ ቅዳሕ ካብቲ ፊርማታቱ ዝፈቕድዎ ዝኣረገ እዩ፣ ግን ኣብኡ ካብቲ ዝነበረኩም ዝኣረገ ነገር ስለ ዘየለ፣ ጥቕሚ ላዕሊ ውዒሉ።</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>ዝርዝር፦ %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::DocumentsModel</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>ኣብ %1 ፋይል የለን።</translation>
    </message>
    <message>
        <source>Only photos and PDF files can be kept here.</source>
        <translation>ኣብዚ ስእልታትን PDF ፋይላትን ጥራይ ክዕቀቡ ይኽእሉ።</translation>
    </message>
</context>
<context>
    <name>rc::ui::Handout</name>
    <message>
        <source>No content is installed, so there is nothing to print.</source>
        <translation>ዝተጻዕነ ሓበሬታ የለን፣ ስለዚ ዝሕተም ነገር የለን።</translation>
    </message>
    <message>
        <source>This article is not installed. Update the content and try again.</source>
        <translation>እዚ ጽሑፍ ኣይተጻዕነን። ሓበሬታ ኣሐድሱ&apos;ሞ ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>This procedure is not installed. Update the content and try again.</source>
        <translation>እዚ መስርሕ ኣይተጻዕነን። ሓበሬታ ኣሐድሱ&apos;ሞ ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>መን ኣሎ</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>ክንደይ ግዜ</translation>
    </message>
    <message>
        <source>What to prepare</source>
        <translation>እንታይ ከተዳልዉ</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>መሰላትኩም</translation>
    </message>
    <message>
        <source>Time limit: %1. Ask your lawyer at once how much time you have.</source>
        <translation>ዝተፈቕደ ግዜ፦ %1። ክንደይ ግዜ ከም ዘለኩም ብቕጽበት ንጠበቓኹም ሕተቱ።</translation>
    </message>
    <message>
        <source>Time limit: %1, %2.</source>
        <translation>ዝተፈቕደ ግዜ፦ %1፣ %2።</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>ሕጋዊ መሰረት፦ %1</translation>
    </message>
    <message>
        <source>This contact is not installed. Update the content and try again.</source>
        <translation>እዚ ሓበሬታ ርክብ ኣይተጻዕነን። ሓበሬታ ኣሐድሱ&apos;ሞ ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>ሰዓታት ስራሕ፦</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ተሌፎን</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ኢመይል</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ወብሳይት</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ኣድራሻ</translation>
    </message>
    <message>
        <source>Only from a Dutch phone number</source>
        <translation>ካብ ቁጽሪ ተሌፎን ሆላንድ ጥራይ</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>ምሉእ መገዲ ናይቲ ፋይል ጽሓፉ፣ ብ / ዝጅምር።</translation>
    </message>
    <message>
        <source>%1 is a folder. Type a file name at the end, for example handout.pdf.</source>
        <translation>%1 ፎልደር እዩ። ኣብ መወዳእታ ስም ፋይል ጽሓፉ፣ ንኣብነት handout.pdf።</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that exists, or create it first.</source>
        <translation>ፎልደር %1 የለን። ዘሎ ፎልደር ምረጹ፣ ወይ ቅድም ፍጠርዎ።</translation>
    </message>
    <message>
        <source>Scan to get %1 and read more in the app:</source>
        <translation>%1 ንምርካብን ኣብቲ ኣፕ ተወሳኺ ንምንባብን ስካን ግበሩ፦</translation>
    </message>
    <message>
        <source>Scan to open the source on a phone:</source>
        <translation>ነቲ ምንጪ ብተሌፎን ንምኽፋት ስካን ግበሩ፦</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>ገና ናብ %1 ኣይተተርጎመን። ነቲ ጽሑፍ ብቋንቋ %2 ተንብቡ ኣለኹም።</translation>
    </message>
    <message>
        <source>Machine translation, not yet checked by a person</source>
        <translation>ብማሽን ዝተተርጎመ፣ ገና ብሰብ ኣይተመርመረን</translation>
    </message>
    <message>
        <source>This translation may be out of date</source>
        <translation>እዚ ትርጉም ዝኣረገ ክኸውን ይኽእል</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>ሕጊ ብዛዕባ እዚ ይቕየር ኣሎ። ንዓኹም እንታይ ከም ዝምልከት ንጠበቓኹም ወይ ንVluchtelingenWerk ሕተቱ።</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ምንጭታት</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>ናይ መወዳእታ ምርመራ፦ %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>ዝተሓትመሉ ዕለት፦ %1</translation>
    </message>
    <message>
        <source>Could not save the handout to %1: %2</source>
        <translation>እቲ ወረቐት ሓበሬታ ኣብ %1 ክዕቀብ ኣይከኣለን፦ %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::KioskController</name>
    <message>
        <source>Leave kiosk mode before you change the PIN.</source>
        <translation>ነቲ PIN ቅድሚ ምቕያርኩም፣ ካብ ኣገባብ ሓባራዊ ላፕቶፕ ውጹ።</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation>PIN ካብ %1 ክሳብ %2 ኣሃዛት ክኸውን ኣለዎ።</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>እቶም ክልተ PIN ሓደ ኣይኮኑን። ደጊምኩም ጽሓፍዎም።</translation>
    </message>
    <message>
        <source>The PIN could not be stored. Close other apps and try again.</source>
        <translation>እቲ PIN ክዕቀብ ኣይከኣለን። ካልኦት ኣፕታት ዕጸዉ&apos;ሞ ደጊምኩም ፈትኑ።</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>ብዙሕ ግዜ ጌጋ PIN ተጻሒፉ። %n ካልኢት ተጸበዩ፣ ድሕሪኡ ደጊምኩም ፈትኑ።</numerusform>
            <numerusform>ብዙሕ ግዜ ጌጋ PIN ተጻሒፉ። %n ካልኢት ተጸበዩ፣ ድሕሪኡ ደጊምኩም ፈትኑ።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>እቲ PIN ቅኑዕ ኣይኮነን። %n ካልኢት ተጸበዩ፣ ድሕሪኡ ደጊምኩም ፈትኑ።</numerusform>
            <numerusform>እቲ PIN ቅኑዕ ኣይኮነን። %n ካልኢት ተጸበዩ፣ ድሕሪኡ ደጊምኩም ፈትኑ።</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>እቲ PIN ቅኑዕ ኣይኮነን።</translation>
    </message>
</context>
<context>
    <name>rc::ui::LanShareController</name>
    <message>
        <source>Sharing stops by itself in %1.</source>
        <extracomment>%1 is minutes and seconds, e.g. 29:59</extracomment>
        <translation>ምክፋል ድሕሪ %1 ባዕሉ ክቋረጽ እዩ።</translation>
    </message>
    <message>
        <source>This computer does not seem to be connected to a local network (Wi-Fi or cable). Connect it to the same network as the phones, then stop and start sharing again.</source>
        <translation>እዚ ኮምፒተር ምስ ከባቢያዊ ኔትዎርክ (Wi-Fi ወይ ኬብል) ዝተራኸበ ኣይመስልን። ምስቲ ተሌፎናት ዘለውዎ ኔትዎርክ ኣራኽብዎ፣ ድሕሪኡ ምክፋል ኣቋሪጽኩም እንደገና ጀምሩ።</translation>
    </message>
    <message>
        <source>Sharing stopped by itself. Start it again if more phones need the information.</source>
        <translation>ምክፋል ባዕሉ ተቋሪጹ። ካልኦት ተሌፎናት ነቲ ሓበሬታ እንተ ደልዮምዎ፣ እንደገና ጀምርዎ።</translation>
    </message>
    <message>
        <source>Sharing stopped.</source>
        <translation>ምክፋል ተቋሪጹ።</translation>
    </message>
</context>
<context>
    <name>rc::ui::LanguageController</name>
    <message>
        <source>This language is not known to the app.</source>
        <translation>እዚ ቋንቋ ኣብቲ ኣፕ ኣይፍለጥን እዩ።</translation>
    </message>
    <message>
        <source>The interface is not available in %1 on this device. It is shown in %2.</source>
        <extracomment>%1 is the name of a language in that language, e.g. &quot;Nederlands&quot;.</extracomment>
        <translation>እቲ ኣፕ ኣብዚ መሳርሒ ብቋንቋ %1 ኣይርከብን። ብቋንቋ %2 ይርአ ኣሎ።</translation>
    </message>
    <message>
        <source>Gregorian calendar</source>
        <translation>ናይ ፈረንጂ ካላንደር</translation>
    </message>
    <message>
        <source>Solar Hijri calendar</source>
        <translation>ጸሓያዊ ሂጅሪ ካላንደር</translation>
    </message>
    <message>
        <source>Ethiopian calendar</source>
        <translation>ናይ ግእዝ ካላንደር</translation>
    </message>
</context>
<context>
    <name>rc::ui::MyDeadlinesModel</name>
    <message>
        <source>Deadlines cannot be counted: the deadline data of this app is damaged (%1). Ask your lawyer for every deadline.</source>
        <translation>ናይ ግዜ ገደባት ክቑጸሩ ኣይኽእሉን፦ ሓበሬታ ናይ ግዜ ገደባት ናይዚ ኣፕ ተጎዲኡ እዩ (%1)። ንነፍሲ ወከፍ ናይ ግዜ ገደብ ንጠበቓኹም ሕተቱ።</translation>
    </message>
    <message>
        <source>Registration (asylum application)</source>
        <translation>ምዝገባ (ሕቶ ዑቕባ)</translation>
    </message>
    <message>
        <source>Detailed interview</source>
        <translation>ዝርዝራዊ ቃለ-መሕትት</translation>
    </message>
    <message>
        <source>Intention to reject received</source>
        <translation>መደብ ምንጻግ (voornemen) በጺሑ</translation>
    </message>
    <message>
        <source>View on the intention sent</source>
        <translation>መልሲ (zienswijze) ተላኢኹ</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>ውሳነ ተላኢኹ</translation>
    </message>
    <message>
        <source>Residence permit granted</source>
        <translation>ፍቓድ መንበሪ ተዋሂቡ</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>ይግባይ ቀሪቡ</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>ቆጸራ ቤት ፍርዲ</translation>
    </message>
    <message>
        <source>Open your notes first.</source>
        <translation>ቅድም መዘኻኸሪታትኩም ክፈቱ።</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>ምሉእ መገዲ ናይቲ ፋይል ጽሓፉ፣ ብ / ዝጅምር።</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>ናይ መወዳእታ መዓልቲ፦ %1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>ናይ ግዜ ገደብ</translation>
    </message>
    <message>
        <source>Appointment at %1</source>
        <extracomment>%1 is a time of day, e.g. 14:30</extracomment>
        <translation>ቆጸራ ሰዓት %1</translation>
    </message>
    <message>
        <source>Counted from %1 (%2).</source>
        <translation>ካብ %1 ተቖጺሩ (%2)።</translation>
    </message>
    <message>
        <source>A lawyer must confirm this deadline.</source>
        <translation>እዚ ናይ ግዜ ገደብ ብጠበቓ ክረጋገጽ ኣለዎ።</translation>
    </message>
    <message>
        <source>There is nothing to export: no deadlines or appointments from today on.</source>
        <translation>ዝዕቀብ ነገር የለን፦ ካብ ሎሚ ንደሓር ናይ ግዜ ገደብ ወይ ቆጸራ የለን።</translation>
    </message>
    <message>
        <source>The calendar could not be made: %1</source>
        <translation>እቲ ካላንደር ክዳሎ ኣይከኣለን፦ %1</translation>
    </message>
    <message>
        <source>The calendar could not be saved at %1: %2</source>
        <translation>እቲ ካላንደር ኣብ %1 ክዕቀብ ኣይከኣለን፦ %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReadAloud</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 ካብ %2</translation>
    </message>
    <message>
        <source>Sentence %1 of %2</source>
        <translation>ሓረግ %1 ካብ %2</translation>
    </message>
    <message>
        <source>The device&apos;s voice stopped with an error: %1</source>
        <translation>ድምጺ መሳርሒ ብሰንኪ ጌጋ ደው ኢሉ፦ %1</translation>
    </message>
    <message>
        <source>The recording of this article could not be read.</source>
        <translation>ዝተቐድሐ ድምጺ ናይዚ ጽሑፍ ክንበብ ኣይከኣለን።</translation>
    </message>
    <message>
        <source>The recording cannot be played on this device: %1</source>
        <translation>እቲ ዝተቐድሐ ድምጺ ኣብዚ መሳርሒ ክጻወት ኣይክእልን፦ %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReminderScheduler</name>
    <message>
        <source>You have a deadline today</source>
        <translation>ሎሚ ናይ ግዜ ገደብ ኣሎኩም</translation>
    </message>
    <message>
        <source>You have a deadline tomorrow</source>
        <translation>ጽባሕ ናይ ግዜ ገደብ ኣሎኩም</translation>
    </message>
    <message numerus="yes">
        <source>You have a deadline in %n days</source>
        <extracomment>Reminder on a locked screen: it must not say which deadline. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>ድሕሪ %n መዓልቲ ናይ ግዜ ገደብ ኣሎኩም</numerusform>
            <numerusform>ድሕሪ %n መዓልቲ ናይ ግዜ ገደብ ኣሎኩም</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have an appointment in %n days</source>
        <extracomment>Reminder on a locked screen: it must not say which appointment. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>ድሕሪ %n መዓልቲ ቆጸራ ኣሎኩም</numerusform>
            <numerusform>ድሕሪ %n መዓልቲ ቆጸራ ኣሎኩም</numerusform>
        </translation>
    </message>
    <message>
        <source>You have an appointment tomorrow</source>
        <translation>ጽባሕ ቆጸራ ኣሎኩም</translation>
    </message>
    <message numerus="yes">
        <source>You have an appointment in %n hours</source>
        <extracomment>Reminder on a locked screen. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>ድሕሪ %n ሰዓት ቆጸራ ኣሎኩም</numerusform>
            <numerusform>ድሕሪ %n ሰዓት ቆጸራ ኣሎኩም</numerusform>
        </translation>
    </message>
    <message>
        <source>You have an appointment in less than 2 hours</source>
        <translation>ኣብ ውሽጢ 2 ሰዓት ቆጸራ ኣሎኩም</translation>
    </message>
    <message numerus="yes">
        <source>You have %n deadlines this week</source>
        <extracomment>One notification for several reminders the app could not show while the vault was locked. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>ኣብዚ ሰሙን %n ናይ ግዜ ገደብ ኣሎኩም</numerusform>
            <numerusform>ኣብዚ ሰሙን %n ናይ ግዜ ገደባት ኣሎኩም</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n appointments this week</source>
        <extracomment>%n is 2 or more.</extracomment>
        <translation>
            <numerusform>ኣብዚ ሰሙን %n ቆጸራ ኣሎኩም</numerusform>
            <numerusform>ኣብዚ ሰሙን %n ቆጸራታት ኣሎኩም</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n deadlines and appointments this week</source>
        <extracomment>%n (the deadlines and appointments together) is 2 or more.</extracomment>
        <translation>
            <numerusform>ኣብዚ ሰሙን %n ናይ ግዜ ገደብን ቆጸራን ኣሎኩም</numerusform>
            <numerusform>ኣብዚ ሰሙን %n ናይ ግዜ ገደባትን ቆጸራታትን ኣሎኩም</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: last day %2</source>
        <extracomment>%1 is what the deadline is for (e.g. Appeal to the court), %2 its last day.</extracomment>
        <translation>%1፦ ናይ መወዳእታ መዓልቲ %2</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <extracomment>%1 is the appointment&apos;s title, %2 its day, %3 its time.</extracomment>
        <translation>%1፦ %2 ሰዓት %3</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>ምዝኽኻር</translation>
    </message>
</context>
<context>
    <name>rc::ui::VaultController</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>እንተወሓደ %n ፊደል ወይ ምልክት ተጠቐሙ።</numerusform>
            <numerusform>እንተወሓደ %n ፊደላት ወይ ምልክታት ተጠቐሙ።</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>እቶም ክልተ መሕለፊ ቃላት ሓደ ኣይኮኑን። ደጊምኩም ጽሓፍዎም።</translation>
    </message>
    <message>
        <source>This is not a recovery key. It has 32 letters and digits in groups of four.</source>
        <translation>እዚ መፍትሕ ምምላስ ኣይኮነን። መፍትሕ ምምላስ 32 ፊደላትን ኣሃዛትን ኣለዎ፣ ብኣርባዕተ ኣርባዕተ ተጠርኒፎም።</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Your recovery key still works.</source>
        <translation>መሕለፊ ቃልኩም ተቐይሩ። መፍትሕ ምምላስኩም ገና ይሰርሕ።</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>ቅዳሕ ውሕስነት ኣበይ ከም ዝዕቀብ ምረጹ።</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>ቅዳሕ ውሕስነት ተመሊሱ።</translation>
    </message>
    <message>
        <source>The vault file could not be deleted. Try again, or delete the app&apos;s data.</source>
        <translation>ፋይል ውሑስ ሳጹን ክድምሰስ ኣይከኣለን። ደጊምኩም ፈትኑ፣ ወይ ዳታ ናይቲ ኣፕ ደምስሱ።</translation>
    </message>
    <message>
        <source>Your vault was deleted.</source>
        <translation>ውሑስ ሳጹንኩም ተደምሲሱ።</translation>
    </message>
    <message>
        <source>Backup saved, with your documents. It opens with your passphrase or your recovery key.</source>
        <translation>ቅዳሕ ውሕስነት ምስ ሰነዳትኩም ተዓቂቡ። ብመሕለፊ ቃልኩም ወይ ብመፍትሕ ምምላስኩም ይኽፈት።</translation>
    </message>
</context>
<context>
    <name>rc::ui::VaultRecordsModel</name>
    <message>
        <source>Choose what happened on this date.</source>
        <translation>ኣብዚ ዕለት እንታይ ከም ዘጋጠመ ምረጹ።</translation>
    </message>
    <message>
        <source>This date does not exist. Check the day and the month.</source>
        <translation>እዚ ዕለት የለን። መዓልትን ወርሕን ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>Give the appointment a name, for example &quot;Lawyer&quot;.</source>
        <translation>ነቲ ቆጸራ ስም ሃብዎ፣ ንኣብነት &quot;ጠበቓ&quot;።</translation>
    </message>
    <message>
        <source>Write the person&apos;s or the organisation&apos;s name.</source>
        <translation>ስም ናይቲ ሰብ ወይ ናይቲ ትካል ጽሓፉ።</translation>
    </message>
    <message>
        <source>This could not be saved. Try again.</source>
        <translation>እዚ ክዕቀብ ኣይከኣለን። ደጊምኩም ፈትኑ።</translation>
    </message>
</context>
<context>
    <name>rc::vault</name>
    <message>
        <source>Your private notes were not found on this phone.</source>
        <translation>ብሕታዊ መዘኻኸሪታትኩም ኣብዚ ተሌፎን ኣይተረኽቡን።</translation>
    </message>
    <message>
        <source>This file does not hold Rights Companion notes. Nothing was changed.</source>
        <translation>እዚ ፋይል መዘኻኸሪታት Rights Companion ኣይሓዘን። ዋላ ሓደ ነገር ኣይተቐየረን።</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer version of Rights Companion. Update the app to open them. Your notes were not changed.</source>
        <translation>መዘኻኸሪታትኩም ብሓድሽ ስሪት Rights Companion እዮም ተዓቂቦም። ንምኽፋቶም ነቲ ኣፕ ኣሐድስዎ። መዘኻኸሪታትኩም ኣይተቐየሩን።</translation>
    </message>
    <message>
        <source>This file was changed or damaged, so it cannot be opened. Your notes were not changed.</source>
        <translation>እዚ ፋይል ተቐይሩ ወይ ተጎዲኡ ስለ ዘሎ ክኽፈት ኣይክእልን። መዘኻኸሪታትኩም ኣይተቐየሩን።</translation>
    </message>
    <message>
        <source>The passphrase or recovery key is not right. Check it and try again.</source>
        <translation>መሕለፊ ቃል ወይ መፍትሕ ምምላስ ቅኑዕ ኣይኮነን። ኣረጋጊጽኩም ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>This phone does not have enough free memory right now. Close other apps and try again. Your notes were not changed.</source>
        <translation>እዚ ተሌፎን ሕጂ እኹል ነጻ ዝኽሪ የብሉን። ካልኦት ኣፕታት ዕጸዉ&apos;ሞ ደጊምኩም ፈትኑ። መዘኻኸሪታትኩም ኣይተቐየሩን።</translation>
    </message>
    <message>
        <source>The phone&apos;s storage could not be read or written (it may be full). The last saved copy of your notes was kept.</source>
        <translation>መኽዘን ናይቲ ተሌፎን ክንበብ ወይ ክጽሓፍ ኣይከኣለን (ምናልባት መሊኡ ይኸውን)። እቲ ናይ መወዳእታ ዝተዓቀበ ቅዳሕ መዘኻኸሪታትኩም ተሓልዩ ኣሎ።</translation>
    </message>
    <message>
        <source>This document is too large for Rights Companion to keep or show. Nothing was changed.</source>
        <translation>እዚ ሰነድ ንRights Companion ክሕዞ ወይ ከርእዮ ኣዝዩ ዓቢ እዩ። ዋላ ሓደ ነገር ኣይተቐየረን።</translation>
    </message>
</context>
</TS>
