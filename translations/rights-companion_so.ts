<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
<context>
    <name>ArticlePage</name>
    <message>
        <source>Article</source>
        <translation>Maqaal</translation>
    </message>
    <message>
        <source>Save this article as a PDF file in the language you are reading, with its sources, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</source>
        <translation>Maqaalkan u kaydi fayl PDF ah oo ku qoran luqadda aad akhrinayso, ay la socdaan ilihiisa, taariikhda la hubiyay iyo koodh QR ah. Daabac ama qof u dhiib. Wax qoraalladaada ka mid ah kuma jiraan.</translation>
    </message>
    <message>
        <source>Listen to this article</source>
        <translation>Dhageyso maqaalkan</translation>
    </message>
    <message>
        <source>A recorded reading in %1.</source>
        <translation>Cod la duubay oo luqadda %1 ah.</translation>
    </message>
    <message>
        <source>Read by your device&apos;s voice in %1. It may say some words wrongly.</source>
        <translation>Waxaa akhrinaya codka qalabkaaga, luqadda %1. Erayada qaarkood si khaldan ayuu u dhihi karaa.</translation>
    </message>
    <message>
        <source>There is no recording of this article in %1, and this device has no voice for %1.</source>
        <translation>Maqaalkan ma laha cod la duubay oo luqadda %1 ah, qalabkanna ma laha cod luqadda %1 ah.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Daar</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>Ka bilow bilowga</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Gaabis</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>Xawaare caadi ah</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Dhakhso</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>Aad u dhakhso</translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation>Xawaaraha: %1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Halka la marayo: %1</translation>
    </message>
    <message>
        <source>Listen in English</source>
        <translation>Ku dhageyso Af-Ingiriisi</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>This article is not available. It may have been removed in a content update.</source>
        <translation>Maqaalkan lama heli karo. Waxaa laga yaabaa in laga saaray cusboonaysiin macluumaad.</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Markii ugu dambaysay la hubiyay: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Ilaha</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the English text.</source>
        <translation>Weli looma turjumin %1. Waxaad akhrinaysaa qoraalka Ingiriisiga.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>Weli looma turjumin %1. Waxaad akhrinaysaa qoraalka luqadda %2.</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>Sharciga arrintan wuu isbeddelayaa. Weydii qareenkaaga ama VluchtelingenWerk waxa adiga ku khuseeya.</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>Waxa isbeddelaya</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact</source>
        <translation>Xiriir</translation>
    </message>
    <message>
        <source>This organisation is not in the installed information. It may have been removed in a content update.</source>
        <translation>Ururkan kuma jiro macluumaadka la rakibay. Waxaa laga yaabaa in laga saaray cusboonaysiin macluumaad.</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Saacadaha furitaanka: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Ciwaanka: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Waa la koobiyay</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Koobiyee</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Koobiyee ciwaanka</translation>
    </message>
    <message>
        <source>Copy the e-mail address</source>
        <translation>Koobiyee ciwaanka iimaylka</translation>
    </message>
    <message>
        <source>Copy the number %1</source>
        <translation>Koobiyee lambarka %1</translation>
    </message>
    <message>
        <source>Give this contact to a phone</source>
        <translation>Xiriirkan u gudbi telefoon</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera to save the contact.</source>
        <translation>Koodhkan ku iskaan garee kamaradda telefoonka si aad u kaydiso xiriirka.</translation>
    </message>
    <message>
        <source>QR code of the contact %1</source>
        <translation>Koodhka QR ee xiriirka %1</translation>
    </message>
    <message>
        <source>Where to save the contact card (.vcf)</source>
        <translation>Meesha kaarka xiriirka (.vcf) lagu kaydinayo</translation>
    </message>
    <message>
        <source>Save contact card</source>
        <translation>Kaydi kaarka xiriirka</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Qor waddada buuxda ee faylka, oo ka bilaabanaysa /.</translation>
    </message>
    <message>
        <source>Contact card saved.</source>
        <translation>Kaarka xiriirka waa la kaydiyay.</translation>
    </message>
    <message>
        <source>They are not known to speak your language. They speak: %1.</source>
        <translation>Lama oga inay ku hadlaan luqaddaada. Waxay ku hadlaan: %1.</translation>
    </message>
    <message>
        <source>We do not know which languages they speak.</source>
        <translation>Ma naqaanno luqadaha ay ku hadlaan.</translation>
    </message>
    <message>
        <source>You can ask whether they can arrange an interpreter (in Dutch: tolk).</source>
        <translation>Waxaad weydiin kartaa inay kuu diyaarin karaan turjumaan (Af-Holandiis: tolk).</translation>
    </message>
    <message>
        <source>Languages they speak: %1</source>
        <translation>Luqadaha ay ku hadlaan: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Halkee: %1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Markii ugu dambaysay la hubiyay: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Ilaha</translation>
    </message>
    <message>
        <source>Added to your contacts in My case.</source>
        <translation>Waxaa lagu daray xiriiradaada ku jira Kiiskayga.</translation>
    </message>
    <message>
        <source>Keep in My case</source>
        <translation>Ku hay Kiiskayga</translation>
    </message>
    <message>
        <source>Open your notes to keep this organisation among your own contacts, with a note of your own.</source>
        <translation>Fur qoraalladaada si aad ururkan ugu darto xiriiradaada, adigoo raacinaya qoraal adiga kuu gaar ah.</translation>
    </message>
    <message>
        <source>A note for yourself (optional)</source>
        <translation>Qoraal adiga kuu gaar ah (haddii aad rabto)</translation>
    </message>
    <message>
        <source>Add to my contacts</source>
        <translation>Ku dar xiriiradayda</translation>
    </message>
    <message>
        <source>Save how to reach this organisation as a PDF file in the language you are reading, with the opening hours, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</source>
        <translation>Sida loo gaaro ururkan u kaydi fayl PDF ah oo ku qoran luqadda aad akhrinayso, ay la socdaan saacadaha furitaanka, taariikhda la hubiyay iyo koodh QR ah. Daabac ama qof u dhiib. Wax qoraalladaada ka mid ah kuma jiraan.</translation>
    </message>
</context>
<context>
    <name>ContentUpdatesPage</name>
    <message>
        <source>Content updates</source>
        <translation>Cusboonaysiinta macluumaadka</translation>
    </message>
    <message>
        <source>Content updates are not available here.</source>
        <translation>Cusboonaysiinta macluumaadka halkan lagama heli karo.</translation>
    </message>
    <message>
        <source>Content as of %1</source>
        <translation>Macluumaadka ilaa %1</translation>
    </message>
    <message>
        <source>No information is installed yet.</source>
        <translation>Weli macluumaad lama rakibin.</translation>
    </message>
    <message>
        <source>This information may be out of date: your organisation expected you to have newer information by now. Check for updates when you can.</source>
        <translation>Macluumaadkan waxaa laga yaabaa inuu duugoobay: ururkaagu wuxuu filayay inaad hadda haysato macluumaad ka cusub. Raadi cusboonaysiin markaad fursad hesho.</translation>
    </message>
    <message>
        <source>Last check: %1</source>
        <translation>Hubintii ugu dambaysay: %1</translation>
    </message>
    <message>
        <source>Not checked for updates yet.</source>
        <translation>Weli cusboonaysiin lama raadin.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Hubi hadda</translation>
    </message>
    <message>
        <source>Add a mirror below to check for updates.</source>
        <translation>Hoos ku dar goob soo dejin si aad cusboonaysiin u raadiso.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Horumarka soo dejinta</translation>
    </message>
    <message>
        <source>Checking the mirrors…</source>
        <translation>Goobaha soo dejinta ayaa la hubinayaa…</translation>
    </message>
    <message>
        <source>Mirrors</source>
        <translation>Goobaha soo dejinta</translation>
    </message>
    <message>
        <source>Places to get updates from, tried in order: a USB stick or a folder with a copy, or a web address your organisation gave you. Whatever a mirror offers is used only if your distributor signed it.</source>
        <translation>Meelaha laga helo cusboonaysiinta, oo loo isku dayo si isku xigta: USB stick ama gal (folder) leh koobi, ama ciwaan internet oo ururkaagu ku siiyay. Wixii goob soo dejin ay bixiso waxaa la isticmaalaa oo keliya haddii qaybiyahaagu saxeexay.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ka saar</translation>
    </message>
    <message>
        <source>Remove the mirror %1</source>
        <translation>Ka saar goobta soo dejinta %1</translation>
    </message>
    <message>
        <source>https://… or /media/usb-stick</source>
        <translation>https://… ama /media/usb-stick</translation>
    </message>
    <message>
        <source>New mirror</source>
        <translation>Goob soo dejin oo cusub</translation>
    </message>
    <message>
        <source>Add mirror</source>
        <translation>Ku dar goob soo dejin</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Shabakad</translation>
    </message>
    <message>
        <source>Only on unmetered networks</source>
        <translation>Shabakadaha aan xogta lacag laga qaadin oo keliya</translation>
    </message>
    <message>
        <source>This device is not connected to a network now.</source>
        <translation>Qalabkan hadda kuma xirna shabakad.</translation>
    </message>
    <message>
        <source>This connection is metered: it may cost money.</source>
        <translation>Xiriirkan xogtiisa lacag ayaa laga qaadaa: lacag ayuu kugu kicin karaa.</translation>
    </message>
    <message>
        <source>This connection is not metered.</source>
        <translation>Xiriirkan xogtiisa lacag lagama qaado.</translation>
    </message>
    <message>
        <source>The app cannot tell whether this connection is metered. With this option on, web mirrors are not used; USB sticks and folders always are.</source>
        <translation>App-ku ma ogaan karo in xiriirkan xogtiisa lacag laga qaado iyo in kale. Marka doorashadan shidan tahay, goobaha soo dejinta ee internetka lama isticmaalo; USB stick-yada iyo galalka (folder) mar walba waa la isticmaalaa.</translation>
    </message>
    <message>
        <source>The app connects to the internet only to reach the web mirrors you add here, and sends nothing about you.</source>
        <translation>App-ku wuxuu internetka ku xirmaa oo keliya si uu u gaaro goobaha soo dejinta ee internetka ee aad halkan ku darto, mana diro wax adiga kugu saabsan.</translation>
    </message>
    <message>
        <source>Share with phones nearby</source>
        <translation>La wadaag telefoonnada kuu dhow</translation>
    </message>
    <message>
        <source>Phones on the same network can get the information from this computer. Phones check everything they get against your distributor&apos;s signatures, so sharing cannot change what they accept. Only people on the same network (Wi-Fi or cable) can connect. Sharing stops by itself after 30 minutes.</source>
        <translation>Telefoonnada ku jira isla shabakadda waxay macluumaadka ka heli karaan kombiyuutarkan. Telefoonnadu wax kasta oo ay helaan waxay ku hubiyaan saxeexyada qaybiyahaaga, sidaas darteed wadaagistu ma beddeli karto waxa ay aqbalaan. Dadka ku jira isla shabakadda (Wi-Fi ama fiilo) oo keliya ayaa ku xirmi kara. Wadaagistu iskeed ayay u joogsataa 30 daqiiqo kadib.</translation>
    </message>
    <message>
        <source>This computer shares the information that came with the app. Updates it installed later are not shared.</source>
        <translation>Kombiyuutarkan wuxuu wadaagaa macluumaadkii la socday app-ka. Cusboonaysiinta uu goor dambe rakibay lama wadaago.</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>Bilow wadaagista</translation>
    </message>
    <message>
        <source>On the phone, open Content updates, add this address as a mirror, and tap Check now:</source>
        <translation>Telefoonka ku fur “Cusboonaysiinta macluumaadka”, ciwaankan ku dar goob soo dejin ahaan, kadibna taabo “Hubi hadda”:</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>Koodhka QR ee ciwaanka %1</translation>
    </message>
    <message>
        <source>Files sent so far: %1</source>
        <translation>Faylasha la diray ilaa hadda: %1</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Jooji wadaagista</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Day: %1</source>
        <translation>Maalin: %1</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>Bil: %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>Sannad: %1</translation>
    </message>
    <message>
        <source>Hour: %1</source>
        <translation>Saac: %1</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Daqiiqo: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Find help</source>
        <translation>Hel caawimaad</translation>
    </message>
    <message>
        <source>Search by name or what they do</source>
        <translation>Ku raadi magac ama waxa ay qabtaan</translation>
    </message>
    <message>
        <source>Search the organisations</source>
        <translation>Ka raadi ururrada</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Mawduuc</translation>
    </message>
    <message>
        <source>Language they speak</source>
        <translation>Luqadda ay ku hadlaan</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Gobol</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Hadda furan</translation>
    </message>
    <message>
        <source>Show only organisations that are open now</source>
        <translation>Muuji oo keliya ururrada hadda furan</translation>
    </message>
    <message>
        <source>Only organisations whose opening hours we know are shown.</source>
        <translation>Waxaa la muujiyaa oo keliya ururrada aan naqaanno saacadaha furitaankooda.</translation>
    </message>
    <message>
        <source>There are no organisations in the installed information yet. A content update can add them.</source>
        <translation>Weli ururro kuma jiraan macluumaadka la rakibay. Cusboonaysiin macluumaad ayaa ku dari karta.</translation>
    </message>
    <message>
        <source>No organisation matches. Try fewer filters or other words.</source>
        <translation>Ma jiro urur ku habboon. Isku day shaandhooyin ka yar ama erayo kale.</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>Xiriiradayda</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Document</source>
        <translation>Dukumenti</translation>
    </message>
    <message>
        <source>This document is not in your vault.</source>
        <translation>Dukumentigan kuma jiro khasnaddaada.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Boggii hore</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Bogga %1 ee %2</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Bogga xiga</translation>
    </message>
    <message>
        <source>Delete this document</source>
        <translation>Tirtir dukumentigan</translation>
    </message>
    <message>
        <source>Delete this document?</source>
        <translation>Ma tirtiraysaa dukumentigan?</translation>
    </message>
    <message>
        <source>The app&apos;s copy is deleted for good.</source>
        <translation>Koobiga app-ku hayo gabi ahaanba waa la tirtiri doonaa.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Ha tirtirin</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Tirtir</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <translation>Dukumentiyadayda</translation>
    </message>
    <message>
        <source>Keep photos and PDFs of your letters here, for example from the IND or COA. They are encrypted like your notes. The app keeps its own copy: afterwards you can delete the original file.</source>
        <translation>Halkan ku hay sawirrada iyo PDF-yada warqadahaaga, tusaale ahaan kuwa ka yimid IND ama COA. Waa la qarsiyaa (encrypted), sida qoraalladaada oo kale. App-ku wuxuu hayaa koobi u gaar ah: intaas kadib waxaad tirtiri kartaa faylka asalka ah.</translation>
    </message>
    <message>
        <source>Add a photo or PDF</source>
        <translation>Ku dar sawir ama PDF</translation>
    </message>
    <message>
        <source>File, e.g. /home/me/Downloads/letter.pdf</source>
        <translation>Fayl, tusaale ahaan /home/me/Downloads/letter.pdf</translation>
    </message>
    <message>
        <source>File to add</source>
        <translation>Faylka lagu darayo</translation>
    </message>
    <message>
        <source>Name, e.g. Letter from the IND, 3 March</source>
        <translation>Magac, tusaale ahaan Warqad ka timid IND, 3 Maarso</translation>
    </message>
    <message>
        <source>Name of the document</source>
        <translation>Magaca dukumentiga</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ku dar</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Weli dukumenti ma jiro.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Sawir</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Glossary</source>
        <translation>Qaamuus</translation>
    </message>
    <message>
        <source>Search for a word</source>
        <translation>Raadi eray</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Ka raadi qaamuuska</translation>
    </message>
    <message>
        <source>No word matches “%1”.</source>
        <translation>Ma jiro eray la mid ah “%1”.</translation>
    </message>
    <message>
        <source>There is no glossary in the installed information yet.</source>
        <translation>Macluumaadka la rakibay weli qaamuus kuma jiro.</translation>
    </message>
</context>
<context>
    <name>HandoutAction</name>
    <message>
        <source>Saved. Open the PDF to print it or pass it on.</source>
        <translation>Waa la kaydiyay. Fur PDF-ka si aad u daabacato ama qof u siiso.</translation>
    </message>
    <message>
        <source>Print or save as PDF</source>
        <translation>Daabac ama u kaydi PDF ahaan</translation>
    </message>
    <message>
        <source>Where to save the PDF file</source>
        <translation>Meesha faylka PDF-ka lagu kaydinayo</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Kaydi PDF-ka</translation>
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
        <translation>Macluumaadka qaarkood lama soo gelin karin. App-ku wuxuu ku shaqaynayaa macluumaadka aan waxba ka qabin.</translation>
    </message>
    <message>
        <source>What do you want to know?</source>
        <translation>Maxaad doonaysaa inaad ogaato?</translation>
    </message>
    <message>
        <source>Information as of %1</source>
        <translation>Macluumaadka ilaa %1</translation>
    </message>
    <message>
        <source>No information is installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</source>
        <translation>Weli macluumaad lama rakibin. Dib u rakib app-ka, ama cusboonaysiin macluumaad ka codso ururka kuu siiyay app-ka.</translation>
    </message>
    <message>
        <source>Dutch words you will hear, explained</source>
        <translation>Erayada Af-Holandiiska ah ee aad maqli doonto, oo la sharxay</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Qaamuus</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Raadi</translation>
    </message>
    <message>
        <source>Search the information</source>
        <translation>Ka raadi macluumaadka</translation>
    </message>
    <message>
        <source>This information is from %1 and may be out of date.</source>
        <translation>Macluumaadkan waxaa la diyaariyay %1, waxaana laga yaabaa inuu duugoobay.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Raadi cusboonaysiin</translation>
    </message>
    <message>
        <source>The steps, where you are, and your deadlines</source>
        <translation>Tallaabooyinka, halka aad marayso, iyo muddooyinkaaga</translation>
    </message>
    <message>
        <source>Your procedure</source>
        <translation>Habkaaga</translation>
    </message>
    <message>
        <source>Organisations that can help, and how to reach them</source>
        <translation>Ururrada ku caawin kara, iyo sida loo gaaro</translation>
    </message>
    <message>
        <source>Find help</source>
        <translation>Hel caawimaad</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Luqad</translation>
    </message>
    <message>
        <source>Choose the language of the app and of the information.</source>
        <translation>Dooro luqadda app-ka iyo tan macluumaadka.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Soo dhawoow</translation>
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
        <translation>Boggan lama samayn karin.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Dib u noqo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Luqad</translation>
    </message>
    <message>
        <source>Choose language</source>
        <translation>Dooro luqad</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Bogga hore</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Dejinta</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ka bax</translation>
    </message>
    <message>
        <source>Quick exit: lock your notes and close the app</source>
        <translation>Ka bixid degdeg ah: quful qoraalladaada oo xir app-ka</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Qoraalladayda</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Tabarruce</translation>
    </message>
    <message>
        <source>Volunteer: leave kiosk mode</source>
        <translation>Tabarruce: ka bax qaabka kombiyuutarka la wadaago</translation>
    </message>
    <message>
        <source>Still there? Touch the screen to continue.</source>
        <translation>Weli ma joogtaa? Taabo shaashadda si aad u sii wadato.</translation>
    </message>
    <message numerus="yes">
        <source>The app starts over in %n seconds, for the next person.</source>
        <translation>
            <numerusform>App-ku wuxuu dib u bilaabanayaa %n ilbiriqsi kadib, qofka xiga dartiis.</numerusform>
            <numerusform>App-ku wuxuu dib u bilaabanayaa %n ilbiriqsi kadib, qofka xiga dartiis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Ka bax qaabka kombiyuutarka la wadaago</translation>
    </message>
    <message>
        <source>For volunteers: type the PIN to leave kiosk mode.</source>
        <translation>Tabarrucayaasha: qor PIN-ka si aad uga baxdo qaabka kombiyuutarka la wadaago.</translation>
    </message>
    <message>
        <source>Volunteer PIN</source>
        <translation>PIN-ka tabarruca</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. You can try again in %n seconds.</source>
        <translation>
            <numerusform>PIN khaldan ayaa marar badan la qoray. Mar kale ayaad isku dayi kartaa %n ilbiriqsi kadib.</numerusform>
            <numerusform>PIN khaldan ayaa marar badan la qoray. Mar kale ayaad isku dayi kartaa %n ilbiriqsi kadib.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ka noqo</translation>
    </message>
</context>
<context>
    <name>MyCasePage</name>
    <message>
        <source>My case</source>
        <translation>Kiiskayga</translation>
    </message>
    <message>
        <source>The details of your case, in one place. They are kept with your private notes, encrypted, and only you can see them.</source>
        <translation>Faahfaahinta kiiskaaga, hal meel. Waxaa lagu hayaa qoraalladaada gaarka ah iyagoo la qarsiyay (encrypted), adiga oo keliya ayaana arki kara.</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Your foreigner&apos;s number (V-nummer). You find it on letters from the IND, the Immigration and Naturalisation Service.</source>
        <translation>Lambarkaaga qofka ajnabiga ah (V-nummer). Waxaad ka helaysaa warqadaha ka yimaada IND, Adeegga Socdaalka iyo Dhalashada.</translation>
    </message>
    <message>
        <source>Digits only, e.g. 1234567890</source>
        <translation>Lambarro oo keliya, tusaale ahaan 1234567890</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Qofka xiriirka</translation>
    </message>
    <message>
        <source>Your contact person at the IND, or at the COA, the organisation that runs the reception centres.</source>
        <translation>Qofka aad kala xiriirto IND, ama COA, oo ah ururka maamula xarumaha soo-dhoweynta.</translation>
    </message>
    <message>
        <source>Name, organisation, phone number</source>
        <translation>Magac, urur, lambarka telefoonka</translation>
    </message>
    <message>
        <source>Case worker at the IND or the COA</source>
        <translation>Qofka xiriirka ee IND ama COA</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Qareen</translation>
    </message>
    <message>
        <source>Name, office, phone number</source>
        <translation>Magac, xafiis, lambarka telefoonka</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Habka</translation>
    </message>
    <message>
        <source>Which asylum procedure you are in. Your lawyer or the letters from the IND can tell you.</source>
        <translation>Habka magangelyada ee aad ku jirto. Qareenkaaga ama warqadaha IND ayaa kuu sheegi kara.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Weli lama yaqaan</translation>
    </message>
    <message>
        <source>General asylum procedure (AA)</source>
        <translation>Habka guud ee magangelyada (AA)</translation>
    </message>
    <message>
        <source>Extended procedure (VA)</source>
        <translation>Habka la dheereeyay (VA)</translation>
    </message>
    <message>
        <source>Dublin</source>
        <translation>Dublin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Kale</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Habka: %1</translation>
    </message>
    <message>
        <source>Registration (asylum application)</source>
        <translation>Diiwaangelin (codsiga magangelyo)</translation>
    </message>
    <message>
        <source>Detailed interview</source>
        <translation>Wareysiga faahfaahsan</translation>
    </message>
    <message>
        <source>Intention to reject received</source>
        <translation>Waa la helay ujeeddada diidmada (voornemen)</translation>
    </message>
    <message>
        <source>View on the intention sent</source>
        <translation>Waa la diray jawaabta (zienswijze)</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>Waa la diray go&apos;aanka</translation>
    </message>
    <message>
        <source>Residence permit granted</source>
        <translation>Waa la bixiyay sharci deganaansho</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>Waa la gudbiyay rafcaanka</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Dhegaysiga maxkamadda</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Taariikhaha muhiimka ah</translation>
    </message>
    <message>
        <source>The dates of your procedure. Deadlines are counted from them, so write them exactly as they are on your letters.</source>
        <translation>Taariikhaha habkaaga. Muddooyinka ayaa laga tiriyaa, sidaas darteed u qor si sax ah sida ay ugu qoran yihiin warqadahaaga.</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Ku dar taariikh</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Ballamo</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>Weli ballan ma jiro.</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>Ku dar ballan</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Dadka</translation>
    </message>
    <message>
        <source>Your lawyer, your case worker, your guardian: the people you need to reach.</source>
        <translation>Qareenkaaga, qofka xiriirkaaga, mas&apos;uulkaaga (voogd): dadka aad u baahan tahay inaad la xiriirto.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ku dar qof</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>Taariikh muhiim ah</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Waxa dhacay</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Waxa dhacay: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Taariikh</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Qoraal (haddii aad rabto)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Qoraal</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Ballan</translation>
    </message>
    <message>
        <source>What, e.g. Meeting with my lawyer</source>
        <translation>Maxay tahay, tusaale ahaan Kulan aan la leeyahay qareenkayga</translation>
    </message>
    <message>
        <source>What the appointment is</source>
        <translation>Waxa ballantu tahay</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Goorma</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>Halkee (haddii aad rabto)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Halkee</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Qof</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Magac</translation>
    </message>
    <message>
        <source>Who they are, e.g. My lawyer</source>
        <translation>Cidda uu yahay, tusaale ahaan Qareenkayga</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Cidda uu yahay</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Lambarka telefoonka</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Ciwaanka iimaylka</translation>
    </message>
    <message>
        <source>See your procedure and deadlines</source>
        <translation>Arag habkaaga iyo muddooyinkaaga</translation>
    </message>
</context>
<context>
    <name>NoteEditorPage</name>
    <message>
        <source>New note</source>
        <translation>Qoraal cusub</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Qoraal</translation>
    </message>
    <message>
        <source>You have no private notes on this phone yet.</source>
        <translation>Weli qoraallo gaar ah kuma lihid telefoonkan.</translation>
    </message>
    <message>
        <source>Unlock your notes first</source>
        <translation>Marka hore fur qoraalladaada</translation>
    </message>
    <message>
        <source>Go to My notes</source>
        <translation>U gudub Qoraalladayda</translation>
    </message>
    <message>
        <source>This note could not be saved. Your text is still here; keep this page open and try again in a moment.</source>
        <translation>Qoraalkan lama kaydin karin. Qoraalkaagu weli halkan ayuu yaal; boggan furan u daa oo mar kale isku day wax yar kadib.</translation>
    </message>
    <message>
        <source>Your last changes could not be saved. Your text is still here; keep this page open and try again in a moment.</source>
        <translation>Isbeddelladaadii ugu dambeeyay lama kaydin karin. Qoraalkaagu weli halkan ayuu yaal; boggan furan u daa oo mar kale isku day wax yar kadib.</translation>
    </message>
    <message>
        <source>This note could not be deleted. Try again in a moment.</source>
        <translation>Qoraalkan lama tirtiri karin. Mar kale isku day wax yar kadib.</translation>
    </message>
    <message>
        <source>This note is not there any more. It may have been deleted.</source>
        <translation>Qoraalkan hadda ma jiro. Waxaa laga yaabaa in la tirtiray.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cinwaan</translation>
    </message>
    <message>
        <source>Write your note here</source>
        <translation>Halkan ku qor qoraalkaaga</translation>
    </message>
    <message>
        <source>Tags, e.g. interview, lawyer</source>
        <translation>Calaamado, tusaale ahaan wareysi, qareen</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Calaamado, oo hakad (,) lagu kala saaray</translation>
    </message>
    <message>
        <source>Your note is kept as soon as you start typing.</source>
        <translation>Qoraalkaaga waa la kaydiyaa isla marka aad bilowdo inaad wax qorto.</translation>
    </message>
    <message>
        <source>Created %1 · Changed %2</source>
        <translation>La sameeyay %1 · La beddelay %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Tirtir</translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation>Tirtir qoraalkan</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>Ma tirtiraysaa qoraalkan?</translation>
    </message>
    <message>
        <source>The note will be deleted from this phone. You cannot undo this.</source>
        <translation>Qoraalka waa laga tirtiri doonaa telefoonkan. Tan dib ugama noqon kartid.</translation>
    </message>
    <message>
        <source>Keep the note</source>
        <translation>Ha tirtirin qoraalka</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Tirtir qoraalka</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Remove</source>
        <translation>Ka saar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ka noqo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydi</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Raadi</translation>
    </message>
    <message>
        <source>Search articles and words</source>
        <translation>Raadi maqaallo iyo erayo</translation>
    </message>
    <message>
        <source>Search the information</source>
        <translation>Ka raadi macluumaadka</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer or shorter words.</source>
        <translation>Waxba laguma helin “%1”. Isku day erayo ka yar ama ka gaaban.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Qaamuus</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Maqaal</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>Af-Ingiriisi</translation>
    </message>
    <message>
        <source>Type a word, or the beginning of a word. Articles, Dutch words from the glossary, the steps of the procedures and contacts are searched.</source>
        <translation>Qor eray, ama bilowga eray. Waxaa laga raadiyaa maqaallada, erayada Af-Holandiiska ah ee qaamuuska, tallaabooyinka hababka iyo xiriirada.</translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation>Tallaabada habka</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Xiriir</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Dejinta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Luqad</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Luqad: %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Macluumaad</translation>
    </message>
    <message>
        <source>No information is installed.</source>
        <translation>Macluumaad lama rakibin.</translation>
    </message>
    <message>
        <source>%1, published by %2. Information as of %3.</source>
        <translation>%1, waxaa soo saaray %2. Macluumaadka ilaa %3.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Xogta gaarka ah</translation>
    </message>
    <message>
        <source>This app works without internet. It does not collect or send any information about you.</source>
        <translation>App-kan wuxuu shaqeeyaa internet la&apos;aan. Ma ururiyo mana diro wax macluumaad ah oo adiga kugu saabsan.</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>Cusboonaysiinta macluumaadka</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalandar</translation>
    </message>
    <message>
        <source>Today: %1. Deadlines always show the Gregorian date too: it is the date the IND and the courts use.</source>
        <translation>Maanta: %1. Muddooyinku mar walba waxay sidoo kale muujiyaan taariikhda miilaadiga: waa taariikhda ay isticmaalaan IND iyo maxkamadaha.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Muuqaalka</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Cabbirka xarfaha</translation>
    </message>
    <message>
        <source>Follow the system (%1%)</source>
        <translation>Raac dejinta qalabka (%1%)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kala duwanaanta midabada</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Caadi</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Midabo aad u kala duwan</translation>
    </message>
    <message>
        <source>Light or dark</source>
        <translation>Iftiin ama mugdi</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Raac dejinta qalabka</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Iftiin</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mugdi</translation>
    </message>
    <message>
        <source>The volunteer PIN is set.</source>
        <translation>PIN-ka tabarruca waa la dejiyay.</translation>
    </message>
    <message>
        <source>Shared laptop (kiosk) mode</source>
        <translation>Qaabka kombiyuutarka la wadaago</translation>
    </message>
    <message>
        <source>For a laptop that many people use, one after the other. The app fills the screen and starts with the choice of language. Notes are not available and no files are saved. After a time without use, it starts over and forgets what the last person did. A volunteer leaves kiosk mode with a PIN.</source>
        <translation>Waxaa loogu talagalay kombiyuutar ay dad badan isticmaalaan, midba mar. App-ku wuxuu buuxiyaa shaashadda, wuxuuna ku bilaabmaa doorashada luqadda. Qoraallada lama heli karo, faylna lama kaydiyo. Marka muddo aan la isticmaalin, dib ayuu u bilaabmaa, wuxuuna illaawaa wixii qofkii ugu dambeeyay sameeyay. Tabarruce ayaa ka baxa qaabka kombiyuutarka la wadaago isagoo isticmaalaya PIN.</translation>
    </message>
    <message>
        <source>Kiosk mode is on. To leave it, a volunteer taps “Volunteer” at the top and types the PIN.</source>
        <translation>Qaabka kombiyuutarka la wadaago waa shidan yahay. Si looga baxo, tabarruce ayaa taabta “Tabarruce” xagga sare, kadibna qora PIN-ka.</translation>
    </message>
    <message>
        <source>Kiosk mode was asked for. Start it below.</source>
        <translation>Qaabka kombiyuutarka la wadaago waa la codsaday. Hoos ka bilow.</translation>
    </message>
    <message>
        <source>Kiosk mode was asked for, but no volunteer PIN is set. Set a PIN, then start kiosk mode.</source>
        <translation>Qaabka kombiyuutarka la wadaago waa la codsaday, laakiin PIN tabarruce lama dejin. Deji PIN, kadibna bilow qaabka kombiyuutarka la wadaago.</translation>
    </message>
    <message>
        <source>A volunteer PIN is set. You can set a new one.</source>
        <translation>PIN tabarruce waa la dejiyay. Waxaad dejin kartaa mid cusub.</translation>
    </message>
    <message>
        <source>Set a volunteer PIN of 4 to 12 digits, and give it only to volunteers.</source>
        <translation>Deji PIN tabarruce oo ka kooban 4 ilaa 12 lambar, oo sii tabarrucayaasha oo keliya.</translation>
    </message>
    <message>
        <source>New volunteer PIN (4 to 12 digits)</source>
        <translation>PIN tabarruce oo cusub (4 ilaa 12 lambar)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Mar kale qor isla PIN-ka</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Kaydi PIN-ka</translation>
    </message>
    <message>
        <source>Start over after this time without use</source>
        <translation>Dib u bilow haddii aan la isticmaalin muddadan</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n daqiiqo</numerusform>
            <numerusform>%n daqiiqo</numerusform>
        </translation>
    </message>
    <message>
        <source>Start kiosk mode</source>
        <translation>Bilow qaabka kombiyuutarka la wadaago</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Machine translation, not yet checked by a person</source>
        <translation>Turjumaad mashiin, weli qof ma hubin</translation>
    </message>
    <message>
        <source>This translation may be out of date</source>
        <translation>Turjumaaddan waxaa laga yaabaa inay duugowday</translation>
    </message>
    <message>
        <source>Not yet in your language. Shown in %1.</source>
        <translation>Weli luqaddaada kuma jiro. Waxaa lagu muujiyay luqadda %1.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Today</source>
        <translation>Maanta</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Berri</translation>
    </message>
    <message numerus="yes">
        <source>In %n days</source>
        <translation>
            <numerusform>%n maalin kadib</numerusform>
            <numerusform>%n maalmood kadib</numerusform>
        </translation>
    </message>
    <message>
        <source>Your procedure</source>
        <translation>Habkaaga</translation>
    </message>
    <message>
        <source>A lawyer must confirm every deadline. The dates in this app are calculations from general rules, and they can be wrong for your case. Ask your lawyer before you rely on them.</source>
        <translation>Qareen waa inuu xaqiijiyaa muddo kasta. Taariikhaha app-kan waxaa lagu xisaabiyay xeerar guud, waxaana laga yaabaa inay khalad u yihiin kiiskaaga. Weydii qareenkaaga ka hor intaadan ku kalsoonaan.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the English text.</source>
        <translation>Weli looma turjumin %1. Waxaad akhrinaysaa qoraalka Ingiriisiga.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>Weli looma turjumin %1. Waxaad akhrinaysaa qoraalka luqadda %2.</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>Sharciga arrintan wuu isbeddelayaa. Weydii qareenkaaga ama VluchtelingenWerk waxa adiga ku khuseeya.</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>Waxa isbeddelaya</translation>
    </message>
    <message>
        <source>No procedures are installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</source>
        <translation>Weli wax hab ah lama rakibin. Dib u rakib app-ka, ama cusboonaysiin macluumaad ka codso ururka kuu siiyay app-ka.</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Habka: %1</translation>
    </message>
    <message>
        <source>The dot marks where you are, from the dates in My case.</source>
        <translation>Dhibicdu waxay muujinaysaa halka aad marayso, iyadoo laga eegayo taariikhaha ku jira Kiiskayga.</translation>
    </message>
    <message>
        <source>Add the dates from your letters in My case to see where you are.</source>
        <translation>Ku dar taariikhaha warqadahaaga Kiiskayga si aad u aragto halka aad marayso.</translation>
    </message>
    <message>
        <source>Open your notes to see where you are and your own deadlines.</source>
        <translation>Fur qoraalladaada si aad u aragto halka aad marayso iyo muddooyinkaaga gaarka ah.</translation>
    </message>
    <message>
        <source>Step %1: %2. You are here.</source>
        <translation>Tallaabada %1: %2. Halkan ayaad joogtaa.</translation>
    </message>
    <message>
        <source>Step %1: %2. This comes next.</source>
        <translation>Tallaabada %1: %2. Tani ayaa xigta.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Tallaabada %1: %2</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Halkan ayaad joogtaa</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Xiga</translation>
    </message>
    <message>
        <source>Your date: %1</source>
        <translation>Taariikhdaada: %1</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>Yaa jooga</translation>
    </message>
    <message>
        <source>What to prepare</source>
        <translation>Waxa aad diyaarsanayso</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Xuquuqdaada</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Immisa waqti</translation>
    </message>
    <message>
        <source>Time limit: %1. Ask your lawyer at once how much time you have.</source>
        <translation>Xadka waqtiga: %1. Isla markiiba weydii qareenkaaga inta waqti ah ee aad haysato.</translation>
    </message>
    <message>
        <source>Time limit: %1, %2.</source>
        <translation>Xadka waqtiga: %1, %2.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Saldhigga sharciga: %1</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Akhri wax dheeraad ah</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Akhri: %1</translation>
    </message>
    <message>
        <source>My deadlines</source>
        <translation>Muddooyinkayga</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Qor waddada buuxda ee faylka, oo ka bilaabanaysa /.</translation>
    </message>
    <message>
        <source>Calendar saved. Open it with your calendar app to add the dates.</source>
        <translation>Kalandarka waa la kaydiyay. Ku fur app-ka kalandarkaaga si aad u geliso taariikhaha.</translation>
    </message>
    <message>
        <source>You have not chosen your procedure in My case. Until you do, the deadlines are counted with the shortest time limits, those of the general procedure (AA).</source>
        <translation>Weli habkaaga kama aadan dooran Kiiskayga. Ilaa aad doorato, muddooyinka waxaa lagu tiriyaa xadka waqtiga ugu gaaban, kuwa habka guud ee magangelyada (AA).</translation>
    </message>
    <message>
        <source>Add the dates from your letters in My case, for example the day your decision was sent. Your deadlines then appear here.</source>
        <translation>Ku dar taariikhaha warqadahaaga Kiiskayga, tusaale ahaan maalinta go&apos;aankaaga laguu soo diray. Markaas muddooyinkaagu halkan ayay ka muuqan doonaan.</translation>
    </message>
    <message>
        <source>None of your dates starts a time limit that this app can count.</source>
        <translation>Taariikhahaaga midkoodna ma bilaabo xad waqti oo app-kani tirin karo.</translation>
    </message>
    <message>
        <source>Ask your lawyer at once: this app gives no date for this time limit.</source>
        <translation>Isla markiiba weydii qareenkaaga: app-kani taariikh uma bixiyo xadka waqtigan.</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>Maalinta ugu dambaysa: %1</translation>
    </message>
    <message>
        <source>This deadline could not be counted (%1). Ask your lawyer.</source>
        <translation>Muddadan lama tirin karin (%1). Weydii qareenkaaga.</translation>
    </message>
    <message>
        <source>This date has passed.</source>
        <translation>Taariikhdani way dhaaftay.</translation>
    </message>
    <message>
        <source>Counted from: %1</source>
        <translation>Laga tiriyay: %1</translation>
    </message>
    <message>
        <source>It is not certain that this time limit gets extra days. To be safe, act by %1.</source>
        <translation>Lama hubo in xadka waqtigan la siiyo maalmo dheeraad ah. Si ammaan ah, tallaabo qaado ugu dambayn %1.</translation>
    </message>
    <message>
        <source>Counted with the time limit of the general procedure (AA), because you have not chosen your procedure.</source>
        <translation>Waxaa lagu tiriyay xadka waqtiga habka guud ee magangelyada (AA), maxaa yeelay ma aadan dooran habkaaga.</translation>
    </message>
    <message>
        <source>A lawyer must confirm this deadline.</source>
        <translation>Qareen waa inuu xaqiijiyaa muddadan.</translation>
    </message>
    <message>
        <source>How it was counted:</source>
        <translation>Sida loo tiriyay:</translation>
    </message>
    <message>
        <source>Edit my dates in My case</source>
        <translation>Wax ka beddel taariikhahayga Kiiskayga</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Soo socda</translation>
    </message>
    <message>
        <source>No deadlines or appointments from today on.</source>
        <translation>Laga bilaabo maanta ma jiraan muddooyin ama ballamo.</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Muddo: %1</translation>
    </message>
    <message>
        <source>Ask your lawyer at once</source>
        <translation>Isla markiiba weydii qareenkaaga</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation>Ku dar kalandarkaaga</translation>
    </message>
    <message>
        <source>Save your deadlines and appointments as a calendar file (.ics) that calendar apps can import. The file is not encrypted: anyone who opens it can read it.</source>
        <translation>Ku kaydi muddooyinkaaga iyo ballamahaaga fayl kalandar ah (.ics) oo app-yada kalandarku soo gelin karaan. Faylka lama qarsiyo (encrypted): qof kasta oo fura wuu akhriyi karaa.</translation>
    </message>
    <message>
        <source>Type where to save it, for example %1</source>
        <translation>Qor meesha aad ku kaydinayso, tusaale ahaan %1</translation>
    </message>
    <message>
        <source>Where to save the calendar file</source>
        <translation>Meesha faylka kalandarka lagu kaydinayo</translation>
    </message>
    <message>
        <source>Write only &quot;Deadline&quot; and &quot;Appointment&quot;, without details, so a locked phone shows nothing about your case</source>
        <translation>Qor “Muddo” iyo “Ballan” oo keliya, faahfaahin la&apos;aan, si telefoonka xiran uusan waxba uga muujin kiiskaaga</translation>
    </message>
    <message>
        <source>Save calendar file</source>
        <translation>Kaydi faylka kalandarka</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Ilaha</translation>
    </message>
    <message>
        <source>Save the steps of this procedure as a PDF file in the language you are reading, with the time limits, the sources and the date it was checked. Print it or give it to someone. It holds nothing from your notes and none of your own dates.</source>
        <translation>Tallaabooyinka habkan u kaydi fayl PDF ah oo ku qoran luqadda aad akhrinayso, ay la socdaan xadka waqtiga, ilaha iyo taariikhda la hubiyay. Daabac ama qof u dhiib. Kuma jiraan wax ka mid ah qoraalladaada ama taariikhahaaga gaarka ah.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There is no information on this topic yet.</source>
        <translation>Weli ma jiro macluumaad ku saabsan mawduucan.</translation>
    </message>
</context>
<context>
    <name>VaultLockedNotice</name>
    <message>
        <source>You have no private notes on this phone yet.</source>
        <translation>Weli qoraallo gaar ah kuma lihid telefoonkan.</translation>
    </message>
    <message>
        <source>Unlock your notes first</source>
        <translation>Marka hore fur qoraalladaada</translation>
    </message>
    <message>
        <source>Go to My notes</source>
        <translation>U gudub Qoraalladayda</translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <source>My notes</source>
        <translation>Qoraalladayda</translation>
    </message>
    <message>
        <source>Your notes are locked.</source>
        <translation>Qoraalladaadu way xiran yihiin.</translation>
    </message>
    <message>
        <source>Your notes are open.</source>
        <translation>Qoraalladaadu way furan yihiin.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Quful</translation>
    </message>
    <message>
        <source>Lock my notes</source>
        <translation>Quful qoraalladayda</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Ka bixid degdeg ah</translation>
    </message>
    <message>
        <source>Quick exit: lock my notes and close the app at once</source>
        <translation>Ka bixid degdeg ah: quful qoraalladayda oo isla markiiba xir app-ka</translation>
    </message>
    <message>
        <source>Your passphrase is too short. Use at least %1 characters.</source>
        <translation>Erayga sirta ahi aad buu u gaaban yahay. Isticmaal ugu yaraan %1 xaraf.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Labada eray sir ah isku mid ma aha. Mar kale qor.</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Qoraallo gaar ah</translation>
    </message>
    <message>
        <source>Keep private notes about your case. They are locked with a passphrase and stored only on this device, encrypted.</source>
        <translation>Halkan ku hay qoraallo gaar ah oo ku saabsan kiiskaaga. Waxaa lagu xiray eray sir ah, waxaana lagu kaydiyaa oo keliya qalabkan, iyagoo la qarsiyay (encrypted).</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters. A PIN of %1 or more digits works, but a longer passphrase is safer. Do not use your date of birth or your V-number.</source>
        <translation>Dooro eray sir ah oo leh ugu yaraan %1 xaraf. PIN ka kooban %1 lambar ama ka badan wuu shaqeeyaa, laakiin eray sir ah oo ka dheer ayaa ka ammaan badan. Ha isticmaalin taariikhda dhalashadaada ama V-nummer-kaaga.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Erayga sirta ah</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Mar kale qor erayga sirta ah</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Samee</translation>
    </message>
    <message>
        <source>Create my private notes</source>
        <translation>Samee qoraalladayda gaarka ah</translation>
    </message>
    <message>
        <source>Making your vault safe. This takes a few seconds.</source>
        <translation>Khasnaddaada ayaa si ammaan ah loo diyaarinayaa. Tani waxay qaadanaysaa dhowr ilbiriqsi.</translation>
    </message>
    <message>
        <source>I have a backup from another phone</source>
        <translation>Waxaan haystaa kayd-celin ka timid telefoon kale</translation>
    </message>
    <message>
        <source>Type where the backup file is, for example %1, and the passphrase or recovery key that opens it.</source>
        <translation>Qor meesha uu ku jiro faylka kayd-celinta, tusaale ahaan %1, iyo erayga sirta ah ama furaha soo celinta ee lagu furo.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Faylka kayd-celinta</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Erayga sirta ah ama furaha soo celinta</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Soo celi kayd-celinta</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Qor waddada buuxda ee faylka, oo ka bilaabanaysa /.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Furahaaga soo celinta</translation>
    </message>
    <message>
        <source>Write this recovery key on paper and keep it somewhere safe. If you forget your passphrase, it is the only way to open your notes. It will not be shown again.</source>
        <translation>Furahan soo celinta warqad ku qor, warqaddana meel ammaan ah ku hay. Haddii aad illowdo erayga sirta ah, waa jidka keliya ee lagu furi karo qoraalladaada. Mar dambe lama tusi doono.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Furaha soo celinta</translation>
    </message>
    <message>
        <source>I wrote it down</source>
        <translation>Waan qoray</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Sii wad</translation>
    </message>
    <message>
        <source>Open your notes</source>
        <translation>Fur qoraalladaada</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you made your notes. Spaces and dashes do not matter.</source>
        <translation>Qor furaha soo celinta ee aad qortay markii aad samaysatay qoraalladaada. Meelaha bannaan iyo xariiqyada (-) muhiim ma aha.</translation>
    </message>
    <message>
        <source>Type your passphrase to open your notes.</source>
        <translation>Qor erayga sirta ah si aad u furto qoraalladaada.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Fur</translation>
    </message>
    <message>
        <source>Unlock my notes</source>
        <translation>Fur qoraalladayda</translation>
    </message>
    <message>
        <source>Opening your notes. This takes a few seconds.</source>
        <translation>Qoraalladaada ayaa la furayaa. Tani waxay qaadanaysaa dhowr ilbiriqsi.</translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation>Isticmaal furaha soo celinta</translation>
    </message>
    <message>
        <source>After your notes are open, choose a new passphrase in Vault settings.</source>
        <translation>Marka qoraalladaadu furmaan, eray sir ah oo cusub ka dooro Dejinta khasnadda.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Qoraal cusub</translation>
    </message>
    <message>
        <source>My case</source>
        <translation>Kiiskayga</translation>
    </message>
    <message>
        <source>My case: V-number, case worker, lawyer and procedure</source>
        <translation>Kiiskayga: V-nummer, qofka xiriirka, qareenka iyo habka</translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation>Dejinta khasnadda</translation>
    </message>
    <message>
        <source>Search your notes</source>
        <translation>Ka raadi qoraalladaada</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Lama kaydin: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Waa la kaydiyay</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Waa la kaydinayaa…</translation>
    </message>
    <message>
        <source>No notes yet. Write down what happened at your interview, names, dates, questions for your lawyer.</source>
        <translation>Weli qoraal ma jiro. Qor waxa ka dhacay wareysigaaga, magacyo, taariikho, iyo su&apos;aalo aad qareenkaaga weydiinayso.</translation>
    </message>
    <message>
        <source>No notes contain “%1”.</source>
        <translation>Ma jiro qoraal ay ku jirto “%1”.</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>Qoraal aan cinwaan lahayn</translation>
    </message>
    <message>
        <source>Changed %1 · %2</source>
        <translation>La beddelay %1 · %2</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>La beddelay %1</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Dukumentiyadayda</translation>
    </message>
    <message>
        <source>My documents: photos and PDFs of letters</source>
        <translation>Dukumentiyadayda: sawirrada iyo PDF-yada warqadaha</translation>
    </message>
</context>
<context>
    <name>VaultSettingsPage</name>
    <message>
        <source>Vault settings</source>
        <translation>Dejinta khasnadda</translation>
    </message>
    <message>
        <source>Working on your vault. This can take a few seconds.</source>
        <translation>Khasnaddaada ayaa laga shaqaynayaa. Tani waxay qaadan kartaa dhowr ilbiriqsi.</translation>
    </message>
    <message>
        <source>Your passphrase is too short. Use at least %1 characters.</source>
        <translation>Erayga sirta ahi aad buu u gaaban yahay. Isticmaal ugu yaraan %1 xaraf.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Labada eray sir ah isku mid ma aha. Mar kale qor.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Qor waddada buuxda ee faylka, oo ka bilaabanaysa /.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Beddel erayga sirta ah</translation>
    </message>
    <message>
        <source>Your notes stay as they are. Your recovery key keeps working.</source>
        <translation>Qoraalladaadu sidooda ayay ahaanayaan. Furaha soo celintu wuu sii shaqaynayaa.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Eray sir ah oo cusub</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Mar kale qor erayga sirta ah ee cusub</translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a few seconds.</source>
        <translation>Erayga sirta ah ayaa la beddelayaa. Tani waxay qaadanaysaa dhowr ilbiriqsi.</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Quful iskiis ah</translation>
    </message>
    <message>
        <source>Your notes lock when you leave the app, and after this many minutes without use:</source>
        <translation>Qoraalladaadu way xirmayaan marka aad ka baxdo app-ka, iyo marka la gaaro inta daqiiqo ee aan la isticmaalin:</translation>
    </message>
    <message>
        <source>Minutes without use before your notes lock</source>
        <translation>Daqiiqadaha aan la isticmaalin ka hor inta aysan qoraalladaadu xirmin</translation>
    </message>
    <message numerus="yes">
        <source>minutes</source>
        <translation>
            <numerusform>daqiiqo</numerusform>
            <numerusform>daqiiqo</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Kaydi kayd-celin</translation>
    </message>
    <message>
        <source>A backup is a copy of your vault that stays encrypted. Save it on a memory card or USB stick to move your notes to a new phone. It opens with the passphrase you have now, or with your recovery key.</source>
        <translation>Kayd-celintu waa koobi khasnaddaada ah oo sii qarsoonaanaya. Ku kaydi kaadh xusuuseed (memory card) ama USB stick si aad qoraalladaada ugu wareejiso telefoon cusub. Waxaa lagu furaa erayga sirta ah ee aad hadda haysato, ama furaha soo celinta.</translation>
    </message>
    <message>
        <source>Type where to save it, for example %1</source>
        <translation>Qor meesha aad ku kaydinayso, tusaale ahaan %1</translation>
    </message>
    <message>
        <source>Where to save the backup</source>
        <translation>Meesha kayd-celinta lagu kaydinayo</translation>
    </message>
    <message>
        <source>Save backup</source>
        <translation>Kaydi kayd-celinta</translation>
    </message>
    <message>
        <source>Saving the backup.</source>
        <translation>Kayd-celinta ayaa la kaydinayaa.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Soo celi kayd-celin</translation>
    </message>
    <message>
        <source>Restoring a backup replaces the notes on this phone with the notes in the backup. Type where the backup file is, and the passphrase or recovery key that opens it.</source>
        <translation>Soo celinta kayd-celin waxay qoraallada telefoonkan ku beddeshaa qoraallada kayd-celinta ku jira. Qor meesha uu ku jiro faylka kayd-celinta, iyo erayga sirta ah ama furaha soo celinta ee lagu furo.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Faylka kayd-celinta</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Erayga sirta ah ama furaha soo celinta</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Soo celi kayd-celinta</translation>
    </message>
    <message>
        <source>Delete my vault</source>
        <translation>Tirtir khasnaddayda</translation>
    </message>
    <message>
        <source>Deletes all your notes and case details from this phone.</source>
        <translation>Waxay telefoonkan ka tirtirtaa dhammaan qoraalladaada iyo faahfaahinta kiiskaaga.</translation>
    </message>
    <message>
        <source>Replace your notes?</source>
        <translation>Ma beddelaysaa qoraalladaada?</translation>
    </message>
    <message>
        <source>The notes and case details on this phone will be replaced by those in the backup. You cannot undo this.</source>
        <translation>Qoraallada iyo faahfaahinta kiiska ee telefoonkan waxaa lagu beddeli doonaa kuwa kayd-celinta ku jira. Tan dib ugama noqon kartid.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ka noqo</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Beddel</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>TIRTIR</translation>
    </message>
    <message>
        <source>Delete your vault?</source>
        <translation>Ma tirtiraysaa khasnaddaada?</translation>
    </message>
    <message>
        <source>All your notes and case details will be deleted from this phone. This cannot be undone, not even with the recovery key. Backups you saved somewhere else are not deleted.</source>
        <translation>Dhammaan qoraalladaada iyo faahfaahinta kiiskaaga waa laga tirtiri doonaa telefoonkan. Tan dib ugama noqon kartid, xitaa furaha soo celinta ma caawinayo. Kayd-celinnada aad meel kale ku kaydisay lama tirtirayo.</translation>
    </message>
    <message>
        <source>To confirm, type %1</source>
        <translation>Si aad u xaqiijiso, qor %1</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Qor %1 si aad u xaqiijiso</translation>
    </message>
    <message>
        <source>Keep my vault</source>
        <translation>Ha tirtirin khasnaddayda</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Gabi ahaanba tirtir</translation>
    </message>
    <message>
        <source>Your vault was deleted from this phone.</source>
        <translation>Khasnaddaada waa laga tirtiray telefoonkan.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Xusuusinnada</translation>
    </message>
    <message>
        <source>While your notes are open, the app reminds you of your deadlines 7 days, 2 days and 1 day before and on the last day, and of your appointments 1 day and 2 hours before. While your notes are locked, there are no reminders. Your reminders are also listed under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</source>
        <translation>Inta qoraalladaadu furan yihiin, app-ku wuxuu kuu xusuusiyaa muddooyinkaaga 7 maalmood, 2 maalmood iyo 1 maalin ka hor iyo maalinta ugu dambaysa, iyo ballamahaaga 1 maalin iyo 2 saacadood ka hor. Marka qoraalladaadu xiran yihiin, xusuusin ma jirto. Xusuusinnadaada waxaa sidoo kale laga helaa “Soo socda” ee bogga “Habkaaga”.</translation>
    </message>
    <message>
        <source>Show details in reminders</source>
        <translation>Faahfaahinta ku muuji xusuusinnada</translation>
    </message>
    <message>
        <source>Reminders say which deadline or appointment it is. Anyone who sees your screen, even when it is locked, can read it.</source>
        <translation>Xusuusinnadu waxay sheegaan muddada ama ballanta ay tahay. Qof kasta oo arka shaashaddaada, xitaa marka ay xiran tahay, wuu akhriyi karaa.</translation>
    </message>
    <message>
        <source>Reminders only say &quot;You have a deadline in 2 days&quot;, not which one, so a locked screen shows nothing about your case.</source>
        <translation>Xusuusinnadu waxay sheegaan oo keliya “Muddo ayaa kuu dhammaanaysa 2 maalmood kadib”, ma sheegaan tan ay tahay, sidaas darteed shaashad xiran waxba kama muujiso kiiskaaga.</translation>
    </message>
    <message>
        <source>This device did not show a reminder as a notification. You find your reminders under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</source>
        <translation>Qalabkan xusuusinta uma muujin ogeysiis ahaan. Xusuusinnadaada waxaad ka helaysaa “Soo socda” ee bogga “Habkaaga”.</translation>
    </message>
    <message>
        <source>The app remembers which reminders it has shown only until you close it. After a restart, a reminder of the last 24 hours can show once more.</source>
        <translation>App-ku wuxuu xasuustaa xusuusinnada uu muujiyay oo keliya ilaa aad xirto. Marka dib loo bilaabo, xusuusin 24-kii saac ee ugu dambeeyay ayaa mar kale soo bixi karta.</translation>
    </message>
</context>
<context>
    <name>rc::contacts::OpeningHours</name>
    <message>
        <source>Opens today at %1</source>
        <translation>Waxaa la furayaa maanta saacadda %1</translation>
    </message>
    <message>
        <source>Opens tomorrow at %1</source>
        <translation>Waxaa la furayaa berri saacadda %1</translation>
    </message>
    <message>
        <source>Opens %1 at %2</source>
        <extracomment>%1 is a day (&quot;Monday&quot;) or a date (&quot;Thursday 8 January&quot;), %2 a time (&quot;09:00&quot;)</extracomment>
        <translation>Waxaa la furayaa %1 saacadda %2</translation>
    </message>
    <message>
        <source>Open now, until midnight</source>
        <translation>Hadda waa furan yahay, ilaa saqda dhexe</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Hadda waa furan yahay, ilaa saacadda %1</translation>
    </message>
    <message>
        <source>Open now, until tomorrow at %1</source>
        <translation>Hadda waa furan yahay, ilaa berri saacadda %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <extracomment>%1 is a day (&quot;Monday&quot;) or a date (&quot;Thursday 8 January&quot;), %2 a time (&quot;09:00&quot;)</extracomment>
        <translation>Hadda waa furan yahay, ilaa %1 saacadda %2</translation>
    </message>
    <message>
        <source>Open 24 hours, every day</source>
        <translation>Waa furan yahay 24 saac, maalin kasta</translation>
    </message>
    <message>
        <source>Not open on any day</source>
        <translation>Ma furna maalinna</translation>
    </message>
    <message>
        <source>Closed today (public holiday). %1</source>
        <extracomment>%1 says when it opens next, e.g. &quot;Opens tomorrow at 09:00&quot;</extracomment>
        <translation>Maanta waa xiran yahay (fasax dawladeed). %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactDetails</name>
    <message>
        <source>Call %1</source>
        <translation>Wac %1</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Xaalad degdeg ah</translation>
    </message>
    <message>
        <source>Only from a Dutch phone number</source>
        <translation>Oo keliya lambar telefoon oo Holland ah</translation>
    </message>
    <message>
        <source>WhatsApp %1</source>
        <translation>WhatsApp %1</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>Iimayl %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Bogga internetka: %1</translation>
    </message>
    <message>
        <source>This organisation is not in the installed information.</source>
        <translation>Ururkan kuma jiro macluumaadka la rakibay.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Qor waddada buuxda ee faylka, oo ka bilaabanaysa /.</translation>
    </message>
    <message>
        <source>The contact card could not be saved at %1: %2</source>
        <translation>Kaarka xiriirka laguma kaydin karin %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactListModel</name>
    <message>
        <source>Across the Netherlands</source>
        <translation>Holland oo dhan</translation>
    </message>
    <message>
        <source>In a region or town</source>
        <translation>Gobol ama magaalo</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Dhammaan mawduucyada</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Dhammaan gobollada</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Luqad kasta</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactTexts</name>
    <message>
        <source>Legal help</source>
        <translation>Caawimaad sharci</translation>
    </message>
    <message>
        <source>Support during the procedure</source>
        <translation>Taageero inta lagu jiro habka</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Caafimaad</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Caafimaadka maskaxda</translation>
    </message>
    <message>
        <source>LGBTIQ+</source>
        <translation>LGBTIQ+</translation>
    </message>
    <message>
        <source>Violence against women and girls</source>
        <translation>Rabshadaha ka dhanka ah haweenka iyo gabdhaha</translation>
    </message>
    <message>
        <source>Human trafficking</source>
        <translation>Ka ganacsiga dadka</translation>
    </message>
    <message>
        <source>Children on their own</source>
        <translation>Carruurta keligood ah</translation>
    </message>
    <message>
        <source>Finding family members</source>
        <translation>Raadinta xubnaha qoyska</translation>
    </message>
    <message>
        <source>Going back</source>
        <translation>Dib ugu laabashada waddankaaga</translation>
    </message>
    <message>
        <source>Without papers</source>
        <translation>Warqado la&apos;aan</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Xaaladaha degdegga ah</translation>
    </message>
    <message>
        <source>Across the Netherlands</source>
        <translation>Holland oo dhan</translation>
    </message>
    <message>
        <source>Hours not known: check the website</source>
        <translation>Saacadaha lama yaqaan: eeg bogga internetka</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>Saacadaha lama yaqaan</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContentUpdates</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Download progress, e.g. &quot;120 KB of 300 KB&quot;</extracomment>
        <translation>%1 ee %2</translation>
    </message>
    <message>
        <source>This web address is not valid. Type it like https://example.org/content/.</source>
        <translation>Ciwaankan internet sax ma aha. Sidan u qor: https://example.org/content/.</translation>
    </message>
    <message>
        <source>Type a web address starting with https://, or the full path of a folder, starting with /.</source>
        <translation>Qor ciwaan internet oo ka bilaabanaya https://, ama waddada buuxda ee gal (folder), oo ka bilaabanaysa /.</translation>
    </message>
    <message>
        <source>This mirror is already in the list.</source>
        <translation>Goobtan soo dejinta hore ayay liiska ugu jirtaa.</translation>
    </message>
    <message>
        <source>Content updates are not available here.</source>
        <translation>Cusboonaysiinta macluumaadka halkan lagama heli karo.</translation>
    </message>
    <message>
        <source>Add a mirror first: a USB stick or folder with a copy of the information, or the web address your organisation gave you.</source>
        <translation>Marka hore ku dar goob soo dejin: USB stick ama gal (folder) leh koobi macluumaadka ah, ama ciwaanka internet ee ururkaagu ku siiyay.</translation>
    </message>
    <message>
        <source>The app cannot tell whether this connection costs money, so the web mirrors were not used. Turn off &quot;Only on unmetered networks&quot; to use them anyway.</source>
        <translation>App-ku ma ogaan karo in xiriirkan lacag ku kacayo iyo in kale, sidaas darteed goobaha soo dejinta ee internetka lama isticmaalin. Haddii aad si kastaba u doonayso inaad isticmaasho, dami “Shabakadaha aan xogta lacag laga qaadin oo keliya”.</translation>
    </message>
    <message>
        <source>This device is not connected to a network, so the web mirrors were not used.</source>
        <translation>Qalabkan kuma xirna shabakad, sidaas darteed goobaha soo dejinta ee internetka lama isticmaalin.</translation>
    </message>
    <message>
        <source>This connection may cost money (it is metered), so the web mirrors were not used.</source>
        <translation>Xiriirkan lacag ayuu kugu kicin karaa (xogtiisa lacag ayaa laga qaadaa), sidaas darteed goobaha soo dejinta ee internetka lama isticmaalin.</translation>
    </message>
    <message>
        <source>The information was updated.</source>
        <translation>Macluumaadka waa la cusboonaysiiyay.</translation>
    </message>
    <message>
        <source>The information is up to date.</source>
        <translation>Macluumaadku waa kii ugu dambeeyay.</translation>
    </message>
    <message>
        <source>This copy of the information is older than what you already have. It was ignored, and nothing changed.</source>
        <translation>Koobigan macluumaadka wuu ka duugsan yahay kan aad hore u haysatay. Waa la iska dhaafay, waxbana isma beddelin.</translation>
    </message>
    <message>
        <source>A mirror offered older information than what you already have. It was refused, and nothing changed.</source>
        <translation>Goob soo dejin ayaa bixisay macluumaad ka duugsan kan aad hore u haysatay. Waa la diiday, waxbana isma beddelin.</translation>
    </message>
    <message>
        <source>The information on the mirror has expired: the mirror is no longer kept up to date, or someone is holding back updates. Nothing changed.</source>
        <translation>Macluumaadka goobta soo dejinta waqtigiisii wuu dhammaaday: goobtaas lama cusboonaysiiyo mar dambe, ama qof ayaa celinaya cusboonaysiinta. Waxba isma beddelin.</translation>
    </message>
    <message>
        <source>The mirror could not be read: it cannot be reached, or it holds no copy of the information. Nothing changed.</source>
        <translation>Goobta soo dejinta lama akhriyi karin: lama gaari karo, ama kuma jiro koobi macluumaadka ah. Waxba isma beddelin.</translation>
    </message>
    <message>
        <source>The information could not be updated on this device. Nothing changed.</source>
        <translation>Macluumaadka lagama cusboonaysiin karin qalabkan. Waxba isma beddelin.</translation>
    </message>
    <message>
        <source>The information on the mirror is not correctly signed by your distributor. It was refused, and nothing changed.</source>
        <translation>Macluumaadka goobta soo dejinta si sax ah uma saxeexin qaybiyahaagu. Waa la diiday, waxbana isma beddelin.</translation>
    </message>
    <message>
        <source>This copy is older than its signatures allow, but nothing in it is older than what you had, so it was used.</source>
        <translation>Koobigan wuu ka duugsan yahay inta saxeexyadiisu oggol yihiin, laakiin waxba kuma jiraan oo ka duugsan wixii aad haysatay, sidaas darteed waa la isticmaalay.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Faahfaahin: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::DocumentsModel</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>Fayl kuma jiro %1.</translation>
    </message>
    <message>
        <source>Only photos and PDF files can be kept here.</source>
        <translation>Halkan waxaa lagu hayn karaa oo keliya sawirro iyo faylal PDF ah.</translation>
    </message>
</context>
<context>
    <name>rc::ui::Handout</name>
    <message>
        <source>No content is installed, so there is nothing to print.</source>
        <translation>Macluumaad lama rakibin, sidaas darteed wax la daabaco ma jiraan.</translation>
    </message>
    <message>
        <source>This article is not installed. Update the content and try again.</source>
        <translation>Maqaalkan lama rakibin. Cusboonaysii macluumaadka oo mar kale isku day.</translation>
    </message>
    <message>
        <source>This procedure is not installed. Update the content and try again.</source>
        <translation>Habkan lama rakibin. Cusboonaysii macluumaadka oo mar kale isku day.</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>Yaa jooga</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Immisa waqti</translation>
    </message>
    <message>
        <source>What to prepare</source>
        <translation>Waxa aad diyaarsanayso</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Xuquuqdaada</translation>
    </message>
    <message>
        <source>Time limit: %1. Ask your lawyer at once how much time you have.</source>
        <translation>Xadka waqtiga: %1. Isla markiiba weydii qareenkaaga inta waqti ah ee aad haysato.</translation>
    </message>
    <message>
        <source>Time limit: %1, %2.</source>
        <translation>Xadka waqtiga: %1, %2.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Saldhigga sharciga: %1</translation>
    </message>
    <message>
        <source>This contact is not installed. Update the content and try again.</source>
        <translation>Xiriirkan lama rakibin. Cusboonaysii macluumaadka oo mar kale isku day.</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Saacadaha furitaanka:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Iimayl</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Bogga internetka</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Ciwaan</translation>
    </message>
    <message>
        <source>Only from a Dutch phone number</source>
        <translation>Oo keliya lambar telefoon oo Holland ah</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Qor waddada buuxda ee faylka, oo ka bilaabanaysa /.</translation>
    </message>
    <message>
        <source>%1 is a folder. Type a file name at the end, for example handout.pdf.</source>
        <translation>%1 waa gal (folder). Dhammaadka ku qor magac fayl, tusaale ahaan handout.pdf.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that exists, or create it first.</source>
        <translation>Galka %1 ma jiro. Dooro gal jira, ama marka hore samee.</translation>
    </message>
    <message>
        <source>Scan to get %1 and read more in the app:</source>
        <translation>Iskaan garee si aad u hesho %1 oo wax badan uga akhrido app-ka:</translation>
    </message>
    <message>
        <source>Scan to open the source on a phone:</source>
        <translation>Iskaan garee si aad isha ugu furto telefoon:</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>Weli looma turjumin %1. Waxaad akhrinaysaa qoraalka luqadda %2.</translation>
    </message>
    <message>
        <source>Machine translation, not yet checked by a person</source>
        <translation>Turjumaad mashiin, weli qof ma hubin</translation>
    </message>
    <message>
        <source>This translation may be out of date</source>
        <translation>Turjumaaddan waxaa laga yaabaa inay duugowday</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>Sharciga arrintan wuu isbeddelayaa. Weydii qareenkaaga ama VluchtelingenWerk waxa adiga ku khuseeya.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Ilaha</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Markii ugu dambaysay la hubiyay: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>La daabacay: %1</translation>
    </message>
    <message>
        <source>Could not save the handout to %1: %2</source>
        <translation>Warqadda macluumaadka laguma kaydin karin %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::KioskController</name>
    <message>
        <source>Leave kiosk mode before you change the PIN.</source>
        <translation>Ka bax qaabka kombiyuutarka la wadaago ka hor intaadan beddelin PIN-ka.</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation>PIN-ku waa inuu ahaadaa %1 ilaa %2 lambar.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>Labada PIN isku mid ma aha. Mar kale qor.</translation>
    </message>
    <message>
        <source>The PIN could not be stored. Close other apps and try again.</source>
        <translation>PIN-ka lama kaydin karin. Xir app-yada kale oo mar kale isku day.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>PIN khaldan ayaa marar badan la qoray. Sug %n ilbiriqsi, kadibna mar kale isku day.</numerusform>
            <numerusform>PIN khaldan ayaa marar badan la qoray. Sug %n ilbiriqsi, kadibna mar kale isku day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>PIN-kaasi sax ma aha. Sug %n ilbiriqsi, kadibna mar kale isku day.</numerusform>
            <numerusform>PIN-kaasi sax ma aha. Sug %n ilbiriqsi, kadibna mar kale isku day.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>PIN-kaasi sax ma aha.</translation>
    </message>
</context>
<context>
    <name>rc::ui::LanShareController</name>
    <message>
        <source>Sharing stops by itself in %1.</source>
        <extracomment>%1 is minutes and seconds, e.g. 29:59</extracomment>
        <translation>Wadaagistu iskeed ayay u joogsanaysaa %1 kadib.</translation>
    </message>
    <message>
        <source>This computer does not seem to be connected to a local network (Wi-Fi or cable). Connect it to the same network as the phones, then stop and start sharing again.</source>
        <translation>Kombiyuutarkan uma muuqdo inuu ku xiran yahay shabakad maxalli ah (Wi-Fi ama fiilo). Ku xir isla shabakadda ay telefoonnadu ku jiraan, kadibna jooji wadaagista oo mar kale bilow.</translation>
    </message>
    <message>
        <source>Sharing stopped by itself. Start it again if more phones need the information.</source>
        <translation>Wadaagistu iskeed ayay u joogsatay. Mar kale bilow haddii telefoonno kale u baahan yihiin macluumaadka.</translation>
    </message>
    <message>
        <source>Sharing stopped.</source>
        <translation>Wadaagista waa la joojiyay.</translation>
    </message>
</context>
<context>
    <name>rc::ui::LanguageController</name>
    <message>
        <source>This language is not known to the app.</source>
        <translation>App-ku ma yaqaan luqaddan.</translation>
    </message>
    <message>
        <source>The interface is not available in %1 on this device. It is shown in %2.</source>
        <extracomment>%1 is the name of a language in that language, e.g. &quot;Nederlands&quot;.</extracomment>
        <translation>Qalabkan app-ku kuma jiro luqadda %1. Waxaa lagu muujinayaa luqadda %2.</translation>
    </message>
    <message>
        <source>Gregorian calendar</source>
        <translation>Kalandarka miilaadiga</translation>
    </message>
    <message>
        <source>Solar Hijri calendar</source>
        <translation>Kalandarka hijriga ee qorraxda</translation>
    </message>
    <message>
        <source>Ethiopian calendar</source>
        <translation>Kalandarka Itoobiya</translation>
    </message>
</context>
<context>
    <name>rc::ui::MyDeadlinesModel</name>
    <message>
        <source>Deadlines cannot be counted: the deadline data of this app is damaged (%1). Ask your lawyer for every deadline.</source>
        <translation>Muddooyinka lama tirin karo: xogta muddooyinka ee app-kan way xumaatay (%1). Qareenkaaga weydii muddo kasta.</translation>
    </message>
    <message>
        <source>Registration (asylum application)</source>
        <translation>Diiwaangelin (codsiga magangelyo)</translation>
    </message>
    <message>
        <source>Detailed interview</source>
        <translation>Wareysiga faahfaahsan</translation>
    </message>
    <message>
        <source>Intention to reject received</source>
        <translation>Waa la helay ujeeddada diidmada (voornemen)</translation>
    </message>
    <message>
        <source>View on the intention sent</source>
        <translation>Waa la diray jawaabta (zienswijze)</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>Waa la diray go&apos;aanka</translation>
    </message>
    <message>
        <source>Residence permit granted</source>
        <translation>Waa la bixiyay sharci deganaansho</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>Waa la gudbiyay rafcaanka</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Dhegaysiga maxkamadda</translation>
    </message>
    <message>
        <source>Open your notes first.</source>
        <translation>Marka hore fur qoraalladaada.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Qor waddada buuxda ee faylka, oo ka bilaabanaysa /.</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>Maalinta ugu dambaysa: %1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Muddo</translation>
    </message>
    <message>
        <source>Appointment at %1</source>
        <extracomment>%1 is a time of day, e.g. 14:30</extracomment>
        <translation>Ballan saacadda %1</translation>
    </message>
    <message>
        <source>Counted from %1 (%2).</source>
        <translation>Laga tiriyay %1 (%2).</translation>
    </message>
    <message>
        <source>A lawyer must confirm this deadline.</source>
        <translation>Qareen waa inuu xaqiijiyaa muddadan.</translation>
    </message>
    <message>
        <source>There is nothing to export: no deadlines or appointments from today on.</source>
        <translation>Ma jiro wax la kaydiyo: laga bilaabo maanta ma jiraan muddooyin ama ballamo.</translation>
    </message>
    <message>
        <source>The calendar could not be made: %1</source>
        <translation>Kalandarka lama samayn karin: %1</translation>
    </message>
    <message>
        <source>The calendar could not be saved at %1: %2</source>
        <translation>Kalandarka laguma kaydin karin %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReadAloud</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 ee %2</translation>
    </message>
    <message>
        <source>Sentence %1 of %2</source>
        <translation>Jumladda %1 ee %2</translation>
    </message>
    <message>
        <source>The device&apos;s voice stopped with an error: %1</source>
        <translation>Codka qalabku wuu joogsaday, cilad ayaa dhacday: %1</translation>
    </message>
    <message>
        <source>The recording of this article could not be read.</source>
        <translation>Codka la duubay ee maqaalkan lama akhriyi karin.</translation>
    </message>
    <message>
        <source>The recording cannot be played on this device: %1</source>
        <translation>Codka la duubay laguma daari karo qalabkan: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReminderScheduler</name>
    <message>
        <source>You have a deadline today</source>
        <translation>Muddo ayaa kuu dhammaanaysa maanta</translation>
    </message>
    <message>
        <source>You have a deadline tomorrow</source>
        <translation>Muddo ayaa kuu dhammaanaysa berri</translation>
    </message>
    <message numerus="yes">
        <source>You have a deadline in %n days</source>
        <extracomment>Reminder on a locked screen: it must not say which deadline. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>Muddo ayaa kuu dhammaanaysa %n maalin kadib</numerusform>
            <numerusform>Muddo ayaa kuu dhammaanaysa %n maalmood kadib</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have an appointment in %n days</source>
        <extracomment>Reminder on a locked screen: it must not say which appointment. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>Ballan ayaad leedahay %n maalin kadib</numerusform>
            <numerusform>Ballan ayaad leedahay %n maalmood kadib</numerusform>
        </translation>
    </message>
    <message>
        <source>You have an appointment tomorrow</source>
        <translation>Ballan ayaad leedahay berri</translation>
    </message>
    <message numerus="yes">
        <source>You have an appointment in %n hours</source>
        <extracomment>Reminder on a locked screen. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>Ballan ayaad leedahay %n saac kadib</numerusform>
            <numerusform>Ballan ayaad leedahay %n saacadood kadib</numerusform>
        </translation>
    </message>
    <message>
        <source>You have an appointment in less than 2 hours</source>
        <translation>Ballan ayaad leedahay 2 saacadood gudahood</translation>
    </message>
    <message numerus="yes">
        <source>You have %n deadlines this week</source>
        <extracomment>One notification for several reminders the app could not show while the vault was locked. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>Toddobaadkan waxaad leedahay %n muddo</numerusform>
            <numerusform>Toddobaadkan waxaad leedahay %n muddo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n appointments this week</source>
        <extracomment>%n is 2 or more.</extracomment>
        <translation>
            <numerusform>Toddobaadkan waxaad leedahay %n ballan</numerusform>
            <numerusform>Toddobaadkan waxaad leedahay %n ballan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n deadlines and appointments this week</source>
        <extracomment>%n (the deadlines and appointments together) is 2 or more.</extracomment>
        <translation>
            <numerusform>Toddobaadkan waxaad leedahay wadar ahaan %n muddo iyo ballan</numerusform>
            <numerusform>Toddobaadkan waxaad leedahay wadar ahaan %n muddo iyo ballan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: last day %2</source>
        <extracomment>%1 is what the deadline is for (e.g. Appeal to the court), %2 its last day.</extracomment>
        <translation>%1: maalinta ugu dambaysa %2</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <extracomment>%1 is the appointment&apos;s title, %2 its day, %3 its time.</extracomment>
        <translation>%1: %2 saacadda %3</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Xusuusin</translation>
    </message>
</context>
<context>
    <name>rc::ui::VaultController</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Isticmaal ugu yaraan %n xaraf.</numerusform>
            <numerusform>Isticmaal ugu yaraan %n xaraf.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Labada eray sir ah isku mid ma aha. Mar kale qor.</translation>
    </message>
    <message>
        <source>This is not a recovery key. It has 32 letters and digits in groups of four.</source>
        <translation>Kani ma aha furaha soo celinta. Furaha soo celintu wuxuu leeyahay 32 xaraf iyo lambar, oo afar-afar loo kooxeeyay.</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Your recovery key still works.</source>
        <translation>Erayga sirta ah waa la beddelay. Furaha soo celintu weli wuu shaqaynayaa.</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Dooro meesha kayd-celinta lagu kaydinayo.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Kayd-celinta waa la soo celiyay.</translation>
    </message>
    <message>
        <source>The vault file could not be deleted. Try again, or delete the app&apos;s data.</source>
        <translation>Faylka khasnadda lama tirtiri karin. Mar kale isku day, ama tirtir xogta app-ka.</translation>
    </message>
    <message>
        <source>Your vault was deleted.</source>
        <translation>Khasnaddaada waa la tirtiray.</translation>
    </message>
    <message>
        <source>Backup saved, with your documents. It opens with your passphrase or your recovery key.</source>
        <translation>Kayd-celinta waa la kaydiyay, iyadoo ay ku jiraan dukumentiyadaadu. Waxaa lagu furaa erayga sirta ah ama furaha soo celinta.</translation>
    </message>
</context>
<context>
    <name>rc::ui::VaultRecordsModel</name>
    <message>
        <source>Choose what happened on this date.</source>
        <translation>Dooro waxa dhacay taariikhdan.</translation>
    </message>
    <message>
        <source>This date does not exist. Check the day and the month.</source>
        <translation>Taariikhdani ma jirto. Hubi maalinta iyo bisha.</translation>
    </message>
    <message>
        <source>Give the appointment a name, for example &quot;Lawyer&quot;.</source>
        <translation>Ballanta magac u bixi, tusaale ahaan &quot;Qareen&quot;.</translation>
    </message>
    <message>
        <source>Write the person&apos;s or the organisation&apos;s name.</source>
        <translation>Qor magaca qofka ama ururka.</translation>
    </message>
    <message>
        <source>This could not be saved. Try again.</source>
        <translation>Tan lama kaydin karin. Mar kale isku day.</translation>
    </message>
</context>
<context>
    <name>rc::vault</name>
    <message>
        <source>Your private notes were not found on this phone.</source>
        <translation>Qoraalladaada gaarka ah laguma helin telefoonkan.</translation>
    </message>
    <message>
        <source>This file does not hold Rights Companion notes. Nothing was changed.</source>
        <translation>Faylkan kuma jiraan qoraallo Rights Companion. Waxba lama beddelin.</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer version of Rights Companion. Update the app to open them. Your notes were not changed.</source>
        <translation>Qoraalladaada waxaa lagu kaydiyay nooc ka cusub oo Rights Companion ah. Cusboonaysii app-ka si aad u furto. Qoraalladaada lama beddelin.</translation>
    </message>
    <message>
        <source>This file was changed or damaged, so it cannot be opened. Your notes were not changed.</source>
        <translation>Faylkan waa la beddelay ama wuu xumaaday, sidaas darteed lama furi karo. Qoraalladaada lama beddelin.</translation>
    </message>
    <message>
        <source>The passphrase or recovery key is not right. Check it and try again.</source>
        <translation>Erayga sirta ah ama furaha soo celinta sax ma aha. Hubi oo mar kale isku day.</translation>
    </message>
    <message>
        <source>This phone does not have enough free memory right now. Close other apps and try again. Your notes were not changed.</source>
        <translation>Telefoonkani hadda ma laha xusuus bannaan oo ku filan. Xir app-yada kale oo mar kale isku day. Qoraalladaada lama beddelin.</translation>
    </message>
    <message>
        <source>The phone&apos;s storage could not be read or written (it may be full). The last saved copy of your notes was kept.</source>
        <translation>Kaydka telefoonka lama akhriyi karin, wax lagumana qori karin (waxaa laga yaabaa inuu buuxo). Koobigii ugu dambeeyay ee la kaydiyay ee qoraalladaada waa la hayaa.</translation>
    </message>
    <message>
        <source>This document is too large for Rights Companion to keep or show. Nothing was changed.</source>
        <translation>Dukumentigan aad buu u weyn yahay, Rights Companion ma hayn karo mana muujin karo. Waxba lama beddelin.</translation>
    </message>
</context>
</TS>
