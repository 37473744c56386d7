<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArticlePage</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Save this article as a PDF file in the language you are reading, with its sources, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</source>
        <translation>Save this article as a PDF file in the language you are reading, with its sources, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</translation>
    </message>
    <message>
        <source>Listen to this article</source>
        <translation>Listen to this article</translation>
    </message>
    <message>
        <source>A recorded reading in %1.</source>
        <translation>A recorded reading in %1.</translation>
    </message>
    <message>
        <source>Read by your device&apos;s voice in %1. It may say some words wrongly.</source>
        <translation>Read by your device&apos;s voice in %1. It may say some words wrongly.</translation>
    </message>
    <message>
        <source>There is no recording of this article in %1, and this device has no voice for %1.</source>
        <translation>There is no recording of this article in %1, and this device has no voice for %1.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>From the start</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>Normal speed</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Faster</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>Much faster</translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation>Speed: %1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Position: %1</translation>
    </message>
    <message>
        <source>Listen in English</source>
        <translation>Listen in English</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>This article is not available. It may have been removed in a content update.</source>
        <translation>This article is not available. It may have been removed in a content update.</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Last checked: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the English text.</source>
        <translation>Not yet translated into %1. You are reading the English text.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>Not yet translated into %1. You are reading the text in %2.</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>What is changing</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>This organisation is not in the installed information. It may have been removed in a content update.</source>
        <translation>This organisation is not in the installed information. It may have been removed in a content update.</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Opening hours: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copy the address</translation>
    </message>
    <message>
        <source>Copy the e-mail address</source>
        <translation>Copy the e-mail address</translation>
    </message>
    <message>
        <source>Copy the number %1</source>
        <translation>Copy the number %1</translation>
    </message>
    <message>
        <source>Give this contact to a phone</source>
        <translation>Give this contact to a phone</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera to save the contact.</source>
        <translation>Scan this code with the phone&apos;s camera to save the contact.</translation>
    </message>
    <message>
        <source>QR code of the contact %1</source>
        <translation>QR code of the contact %1</translation>
    </message>
    <message>
        <source>Where to save the contact card (.vcf)</source>
        <translation>Where to save the contact card (.vcf)</translation>
    </message>
    <message>
        <source>Save contact card</source>
        <translation>Save contact card</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Type the full path of the file, starting with /.</translation>
    </message>
    <message>
        <source>Contact card saved.</source>
        <translation>Contact card saved.</translation>
    </message>
    <message>
        <source>They are not known to speak your language. They speak: %1.</source>
        <translation>They are not known to speak your language. They speak: %1.</translation>
    </message>
    <message>
        <source>We do not know which languages they speak.</source>
        <translation>We do not know which languages they speak.</translation>
    </message>
    <message>
        <source>You can ask whether they can arrange an interpreter (in Dutch: tolk).</source>
        <translation>You can ask whether they can arrange an interpreter (in Dutch: tolk).</translation>
    </message>
    <message>
        <source>Languages they speak: %1</source>
        <translation>Languages they speak: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Where: %1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Last checked: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Added to your contacts in My case.</source>
        <translation>Added to your contacts in My case.</translation>
    </message>
    <message>
        <source>Keep in My case</source>
        <translation>Keep in My case</translation>
    </message>
    <message>
        <source>Open your notes to keep this organisation among your own contacts, with a note of your own.</source>
        <translation>Open your notes to keep this organisation among your own contacts, with a note of your own.</translation>
    </message>
    <message>
        <source>A note for yourself (optional)</source>
        <translation>A note for yourself (optional)</translation>
    </message>
    <message>
        <source>Add to my contacts</source>
        <translation>Add to my contacts</translation>
    </message>
    <message>
        <source>Save how to reach this organisation as a PDF file in the language you are reading, with the opening hours, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</source>
        <translation>Save how to reach this organisation as a PDF file in the language you are reading, with the opening hours, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</translation>
    </message>
</context>
<context>
    <name>ContentUpdatesPage</name>
    <message>
        <source>Content updates</source>
        <translation>Content updates</translation>
    </message>
    <message>
        <source>Content updates are not available here.</source>
        <translation>Content updates are not available here.</translation>
    </message>
    <message>
        <source>Content as of %1</source>
        <translation>Content as of %1</translation>
    </message>
    <message>
        <source>No information is installed yet.</source>
        <translation>No information is installed yet.</translation>
    </message>
    <message>
        <source>This information may be out of date: your organisation expected you to have newer information by now. Check for updates when you can.</source>
        <translation>This information may be out of date: your organisation expected you to have newer information by now. Check for updates when you can.</translation>
    </message>
    <message>
        <source>Last check: %1</source>
        <translation>Last check: %1</translation>
    </message>
    <message>
        <source>Not checked for updates yet.</source>
        <translation>Not checked for updates yet.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Check now</translation>
    </message>
    <message>
        <source>Add a mirror below to check for updates.</source>
        <translation>Add a mirror below to check for updates.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download progress</translation>
    </message>
    <message>
        <source>Checking the mirrors…</source>
        <translation>Checking the mirrors…</translation>
    </message>
    <message>
        <source>Mirrors</source>
        <translation>Mirrors</translation>
    </message>
    <message>
        <source>Places to get updates from, tried in order: a USB stick or a folder with a copy, or a web address your organisation gave you. Whatever a mirror offers is used only if your distributor signed it.</source>
        <translation>Places to get updates from, tried in order: a USB stick or a folder with a copy, or a web address your organisation gave you. Whatever a mirror offers is used only if your distributor signed it.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the mirror %1</source>
        <translation>Remove the mirror %1</translation>
    </message>
    <message>
        <source>https://… or /media/usb-stick</source>
        <translation>https://… or /media/usb-stick</translation>
    </message>
    <message>
        <source>New mirror</source>
        <translation>New mirror</translation>
    </message>
    <message>
        <source>Add mirror</source>
        <translation>Add mirror</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Only on unmetered networks</source>
        <translation>Only on unmetered networks</translation>
    </message>
    <message>
        <source>This device is not connected to a network now.</source>
        <translation>This device is not connected to a network now.</translation>
    </message>
    <message>
        <source>This connection is metered: it may cost money.</source>
        <translation>This connection is metered: it may cost money.</translation>
    </message>
    <message>
        <source>This connection is not metered.</source>
        <translation>This connection is not metered.</translation>
    </message>
    <message>
        <source>The app cannot tell whether this connection is metered. With this option on, web mirrors are not used; USB sticks and folders always are.</source>
        <translation>The app cannot tell whether this connection is metered. With this option on, web mirrors are not used; USB sticks and folders always are.</translation>
    </message>
    <message>
        <source>The app connects to the internet only to reach the web mirrors you add here, and sends nothing about you.</source>
        <translation>The app connects to the internet only to reach the web mirrors you add here, and sends nothing about you.</translation>
    </message>
    <message>
        <source>Share with phones nearby</source>
        <translation>Share with phones nearby</translation>
    </message>
    <message>
        <source>Phones on the same network can get the information from this computer. Phones check everything they get against your distributor&apos;s signatures, so sharing cannot change what they accept. Only people on the same network (Wi-Fi or cable) can connect. Sharing stops by itself after 30 minutes.</source>
        <translation>Phones on the same network can get the information from this computer. Phones check everything they get against your distributor&apos;s signatures, so sharing cannot change what they accept. Only people on the same network (Wi-Fi or cable) can connect. Sharing stops by itself after 30 minutes.</translation>
    </message>
    <message>
        <source>This computer shares the information that came with the app. Updates it installed later are not shared.</source>
        <translation>This computer shares the information that came with the app. Updates it installed later are not shared.</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>Start sharing</translation>
    </message>
    <message>
        <source>On the phone, open Content updates, add this address as a mirror, and tap Check now:</source>
        <translation>On the phone, open Content updates, add this address as a mirror, and tap Check now:</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>QR code of the address %1</translation>
    </message>
    <message>
        <source>Files sent so far: %1</source>
        <translation>Files sent so far: %1</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Stop sharing</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Day: %1</source>
        <translation>Day: %1</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>Month: %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>Year: %1</translation>
    </message>
    <message>
        <source>Hour: %1</source>
        <translation>Hour: %1</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Minutes: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Find help</source>
        <translation>Find help</translation>
    </message>
    <message>
        <source>Search by name or what they do</source>
        <translation>Search by name or what they do</translation>
    </message>
    <message>
        <source>Search the organisations</source>
        <translation>Search the organisations</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Language they speak</source>
        <translation>Language they speak</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Show only organisations that are open now</source>
        <translation>Show only organisations that are open now</translation>
    </message>
    <message>
        <source>Only organisations whose opening hours we know are shown.</source>
        <translation>Only organisations whose opening hours we know are shown.</translation>
    </message>
    <message>
        <source>There are no organisations in the installed information yet. A content update can add them.</source>
        <translation>There are no organisations in the installed information yet. A content update can add them.</translation>
    </message>
    <message>
        <source>No organisation matches. Try fewer filters or other words.</source>
        <translation>No organisation matches. Try fewer filters or other words.</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>My contacts</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>This document is not in your vault.</source>
        <translation>This document is not in your vault.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Delete this document</source>
        <translation>Delete this document</translation>
    </message>
    <message>
        <source>Delete this document?</source>
        <translation>Delete this document?</translation>
    </message>
    <message>
        <source>The app&apos;s copy is deleted for good.</source>
        <translation>The app&apos;s copy is deleted for good.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <translation>My documents</translation>
    </message>
    <message>
        <source>Keep photos and PDFs of your letters here, for example from the IND or COA. They are encrypted like your notes. The app keeps its own copy: afterwards you can delete the original file.</source>
        <translation>Keep photos and PDFs of your letters here, for example from the IND or COA. They are encrypted like your notes. The app keeps its own copy: afterwards you can delete the original file.</translation>
    </message>
    <message>
        <source>Add a photo or PDF</source>
        <translation>Add a photo or PDF</translation>
    </message>
    <message>
        <source>File, e.g. /home/me/Downloads/letter.pdf</source>
        <translation>File, e.g. /home/me/Downloads/letter.pdf</translation>
    </message>
    <message>
        <source>File to add</source>
        <translation>File to add</translation>
    </message>
    <message>
        <source>Name, e.g. Letter from the IND, 3 March</source>
        <translation>Name, e.g. Letter from the IND, 3 March</translation>
    </message>
    <message>
        <source>Name of the document</source>
        <translation>Name of the document</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>No documents yet.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Search for a word</source>
        <translation>Search for a word</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Search the glossary</translation>
    </message>
    <message>
        <source>No word matches “%1”.</source>
        <translation>No word matches “%1”.</translation>
    </message>
    <message>
        <source>There is no glossary in the installed information yet.</source>
        <translation>There is no glossary in the installed information yet.</translation>
    </message>
</context>
<context>
    <name>HandoutAction</name>
    <message>
        <source>Saved. Open the PDF to print it or pass it on.</source>
        <translation>Saved. Open the PDF to print it or pass it on.</translation>
    </message>
    <message>
        <source>Print or save as PDF</source>
        <translation>Print or save as PDF</translation>
    </message>
    <message>
        <source>Where to save the PDF file</source>
        <translation>Where to save the PDF file</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
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
        <translation>Some content could not be loaded. The app works with the content that is intact.</translation>
    </message>
    <message>
        <source>What do you want to know?</source>
        <translation>What do you want to know?</translation>
    </message>
    <message>
        <source>Information as of %1</source>
        <translation>Information as of %1</translation>
    </message>
    <message>
        <source>No information is installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</source>
        <translation>No information is installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</translation>
    </message>
    <message>
        <source>Dutch words you will hear, explained</source>
        <translation>Dutch words you will hear, explained</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search the information</source>
        <translation>Search the information</translation>
    </message>
    <message>
        <source>This information is from %1 and may be out of date.</source>
        <translation>This information is from %1 and may be out of date.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Check for updates</translation>
    </message>
    <message>
        <source>The steps, where you are, and your deadlines</source>
        <translation>The steps, where you are, and your deadlines</translation>
    </message>
    <message>
        <source>Your procedure</source>
        <translation>Your procedure</translation>
    </message>
    <message>
        <source>Organisations that can help, and how to reach them</source>
        <translation>Organisations that can help, and how to reach them</translation>
    </message>
    <message>
        <source>Find help</source>
        <translation>Find help</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Choose the language of the app and of the information.</source>
        <translation>Choose the language of the app and of the information.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
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
        <translation>The page could not be built.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Choose language</source>
        <translation>Choose language</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Quick exit: lock your notes and close the app</source>
        <translation>Quick exit: lock your notes and close the app</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>My notes</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Volunteer: leave kiosk mode</source>
        <translation>Volunteer: leave kiosk mode</translation>
    </message>
    <message>
        <source>Still there? Touch the screen to continue.</source>
        <translation>Still there? Touch the screen to continue.</translation>
    </message>
    <message numerus="yes">
        <source>The app starts over in %n seconds, for the next person.</source>
        <translation>
            <numerusform>The app starts over in %n second, for the next person.</numerusform>
            <numerusform>The app starts over in %n seconds, for the next person.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <source>For volunteers: type the PIN to leave kiosk mode.</source>
        <translation>For volunteers: type the PIN to leave kiosk mode.</translation>
    </message>
    <message>
        <source>Volunteer PIN</source>
        <translation>Volunteer PIN</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. You can try again in %n seconds.</source>
        <translation>
            <numerusform>Too many wrong PINs. You can try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MyCasePage</name>
    <message>
        <source>My case</source>
        <translation>My case</translation>
    </message>
    <message>
        <source>The details of your case, in one place. They are kept with your private notes, encrypted, and only you can see them.</source>
        <translation>The details of your case, in one place. They are kept with your private notes, encrypted, and only you can see them.</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-number</translation>
    </message>
    <message>
        <source>Your foreigner&apos;s number (V-nummer). You find it on letters from the IND, the Immigration and Naturalisation Service.</source>
        <translation>Your foreigner&apos;s number (V-nummer). You find it on letters from the IND, the Immigration and Naturalisation Service.</translation>
    </message>
    <message>
        <source>Digits only, e.g. 1234567890</source>
        <translation>Digits only, e.g. 1234567890</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Case worker</translation>
    </message>
    <message>
        <source>Your contact person at the IND, or at the COA, the organisation that runs the reception centres.</source>
        <translation>Your contact person at the IND, or at the COA, the organisation that runs the reception centres.</translation>
    </message>
    <message>
        <source>Name, organisation, phone number</source>
        <translation>Name, organisation, phone number</translation>
    </message>
    <message>
        <source>Case worker at the IND or the COA</source>
        <translation>Case worker at the IND or the COA</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <source>Name, office, phone number</source>
        <translation>Name, office, phone number</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Which asylum procedure you are in. Your lawyer or the letters from the IND can tell you.</source>
        <translation>Which asylum procedure you are in. Your lawyer or the letters from the IND can tell you.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <source>General asylum procedure (AA)</source>
        <translation>General asylum procedure (AA)</translation>
    </message>
    <message>
        <source>Extended procedure (VA)</source>
        <translation>Extended procedure (VA)</translation>
    </message>
    <message>
        <source>Dublin</source>
        <translation>Dublin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Procedure: %1</translation>
    </message>
    <message>
        <source>Registration (asylum application)</source>
        <translation>Registration (asylum application)</translation>
    </message>
    <message>
        <source>Detailed interview</source>
        <translation>Detailed interview</translation>
    </message>
    <message>
        <source>Intention to reject received</source>
        <translation>Intention to reject received</translation>
    </message>
    <message>
        <source>View on the intention sent</source>
        <translation>View on the intention sent</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>Decision sent</translation>
    </message>
    <message>
        <source>Residence permit granted</source>
        <translation>Residence permit granted</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>Appeal filed</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Court hearing</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Key dates</translation>
    </message>
    <message>
        <source>The dates of your procedure. Deadlines are counted from them, so write them exactly as they are on your letters.</source>
        <translation>The dates of your procedure. Deadlines are counted from them, so write them exactly as they are on your letters.</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Add a date</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>No appointments yet.</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>Add an appointment</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Your lawyer, your case worker, your guardian: the people you need to reach.</source>
        <translation>Your lawyer, your case worker, your guardian: the people you need to reach.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>Key date</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>What happened: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>What, e.g. Meeting with my lawyer</source>
        <translation>What, e.g. Meeting with my lawyer</translation>
    </message>
    <message>
        <source>What the appointment is</source>
        <translation>What the appointment is</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>Where (optional)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Who they are, e.g. My lawyer</source>
        <translation>Who they are, e.g. My lawyer</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Who they are</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>See your procedure and deadlines</source>
        <translation>See your procedure and deadlines</translation>
    </message>
</context>
<context>
    <name>NoteEditorPage</name>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>You have no private notes on this phone yet.</source>
        <translation>You have no private notes on this phone yet.</translation>
    </message>
    <message>
        <source>Unlock your notes first</source>
        <translation>Unlock your notes first</translation>
    </message>
    <message>
        <source>Go to My notes</source>
        <translation>Go to My notes</translation>
    </message>
    <message>
        <source>This note could not be saved. Your text is still here; keep this page open and try again in a moment.</source>
        <translation>This note could not be saved. Your text is still here; keep this page open and try again in a moment.</translation>
    </message>
    <message>
        <source>Your last changes could not be saved. Your text is still here; keep this page open and try again in a moment.</source>
        <translation>Your last changes could not be saved. Your text is still here; keep this page open and try again in a moment.</translation>
    </message>
    <message>
        <source>This note could not be deleted. Try again in a moment.</source>
        <translation>This note could not be deleted. Try again in a moment.</translation>
    </message>
    <message>
        <source>This note is not there any more. It may have been deleted.</source>
        <translation>This note is not there any more. It may have been deleted.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Write your note here</source>
        <translation>Write your note here</translation>
    </message>
    <message>
        <source>Tags, e.g. interview, lawyer</source>
        <translation>Tags, e.g. interview, lawyer</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, separated by commas</translation>
    </message>
    <message>
        <source>Your note is kept as soon as you start typing.</source>
        <translation>Your note is kept as soon as you start typing.</translation>
    </message>
    <message>
        <source>Created %1 · Changed %2</source>
        <translation>Created %1 · Changed %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation>Delete this note</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>Delete this note?</translation>
    </message>
    <message>
        <source>The note will be deleted from this phone. You cannot undo this.</source>
        <translation>The note will be deleted from this phone. You cannot undo this.</translation>
    </message>
    <message>
        <source>Keep the note</source>
        <translation>Keep the note</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Delete note</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search articles and words</source>
        <translation>Search articles and words</translation>
    </message>
    <message>
        <source>Search the information</source>
        <translation>Search the information</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer or shorter words.</source>
        <translation>Nothing found for “%1”. Try fewer or shorter words.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>in English</translation>
    </message>
    <message>
        <source>Type a word, or the beginning of a word. Articles, Dutch words from the glossary, the steps of the procedures and contacts are searched.</source>
        <translation>Type a word, or the beginning of a word. Articles, Dutch words from the glossary, the steps of the procedures and contacts are searched.</translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation>Procedure step</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>No information is installed.</source>
        <translation>No information is installed.</translation>
    </message>
    <message>
        <source>%1, published by %2. Information as of %3.</source>
        <translation>%1, published by %2. Information as of %3.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>This app works without internet. It does not collect or send any information about you.</source>
        <translation>This app works without internet. It does not collect or send any information about you.</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>Content updates</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Today: %1. Deadlines always show the Gregorian date too: it is the date the IND and the courts use.</source>
        <translation>Today: %1. Deadlines always show the Gregorian date too: it is the date the IND and the courts use.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Follow the system (%1%)</source>
        <translation>Follow the system (%1%)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Light or dark</source>
        <translation>Light or dark</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>The volunteer PIN is set.</source>
        <translation>The volunteer PIN is set.</translation>
    </message>
    <message>
        <source>Shared laptop (kiosk) mode</source>
        <translation>Shared laptop (kiosk) mode</translation>
    </message>
    <message>
        <source>For a laptop that many people use, one after the other. The app fills the screen and starts with the choice of language. Notes are not available and no files are saved. After a time without use, it starts over and forgets what the last person did. A volunteer leaves kiosk mode with a PIN.</source>
        <translation>For a laptop that many people use, one after the other. The app fills the screen and starts with the choice of language. Notes are not available and no files are saved. After a time without use, it starts over and forgets what the last person did. A volunteer leaves kiosk mode with a PIN.</translation>
    </message>
    <message>
        <source>Kiosk mode is on. To leave it, a volunteer taps “Volunteer” at the top and types the PIN.</source>
        <translation>Kiosk mode is on. To leave it, a volunteer taps “Volunteer” at the top and types the PIN.</translation>
    </message>
    <message>
        <source>Kiosk mode was asked for. Start it below.</source>
        <translation>Kiosk mode was asked for. Start it below.</translation>
    </message>
    <message>
        <source>Kiosk mode was asked for, but no volunteer PIN is set. Set a PIN, then start kiosk mode.</source>
        <translation>Kiosk mode was asked for, but no volunteer PIN is set. Set a PIN, then start kiosk mode.</translation>
    </message>
    <message>
        <source>A volunteer PIN is set. You can set a new one.</source>
        <translation>A volunteer PIN is set. You can set a new one.</translation>
    </message>
    <message>
        <source>Set a volunteer PIN of 4 to 12 digits, and give it only to volunteers.</source>
        <translation>Set a volunteer PIN of 4 to 12 digits, and give it only to volunteers.</translation>
    </message>
    <message>
        <source>New volunteer PIN (4 to 12 digits)</source>
        <translation>New volunteer PIN (4 to 12 digits)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>The same PIN again</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Save PIN</translation>
    </message>
    <message>
        <source>Start over after this time without use</source>
        <translation>Start over after this time without use</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Start kiosk mode</source>
        <translation>Start kiosk mode</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Machine translation, not yet checked by a person</source>
        <translation>Machine translation, not yet checked by a person</translation>
    </message>
    <message>
        <source>This translation may be out of date</source>
        <translation>This translation may be out of date</translation>
    </message>
    <message>
        <source>Not yet in your language. Shown in %1.</source>
        <translation>Not yet in your language. Shown in %1.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message numerus="yes">
        <source>In %n days</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Your procedure</source>
        <translation>Your procedure</translation>
    </message>
    <message>
        <source>A lawyer must confirm every deadline. The dates in this app are calculations from general rules, and they can be wrong for your case. Ask your lawyer before you rely on them.</source>
        <translation>A lawyer must confirm every deadline. The dates in this app are calculations from general rules, and they can be wrong for your case. Ask your lawyer before you rely on them.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the English text.</source>
        <translation>Not yet translated into %1. You are reading the English text.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>Not yet translated into %1. You are reading the text in %2.</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>What is changing</translation>
    </message>
    <message>
        <source>No procedures are installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</source>
        <translation>No procedures are installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Procedure: %1</translation>
    </message>
    <message>
        <source>The dot marks where you are, from the dates in My case.</source>
        <translation>The dot marks where you are, from the dates in My case.</translation>
    </message>
    <message>
        <source>Add the dates from your letters in My case to see where you are.</source>
        <translation>Add the dates from your letters in My case to see where you are.</translation>
    </message>
    <message>
        <source>Open your notes to see where you are and your own deadlines.</source>
        <translation>Open your notes to see where you are and your own deadlines.</translation>
    </message>
    <message>
        <source>Step %1: %2. You are here.</source>
        <translation>Step %1: %2. You are here.</translation>
    </message>
    <message>
        <source>Step %1: %2. This comes next.</source>
        <translation>Step %1: %2. This comes next.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>You are here</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Your date: %1</source>
        <translation>Your date: %1</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>Who is there</translation>
    </message>
    <message>
        <source>What to prepare</source>
        <translation>What to prepare</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Your rights</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>How long</translation>
    </message>
    <message>
        <source>Time limit: %1. Ask your lawyer at once how much time you have.</source>
        <translation>Time limit: %1. Ask your lawyer at once how much time you have.</translation>
    </message>
    <message>
        <source>Time limit: %1, %2.</source>
        <translation>Time limit: %1, %2.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Legal basis: %1</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Read more</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Read: %1</translation>
    </message>
    <message>
        <source>My deadlines</source>
        <translation>My deadlines</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Type the full path of the file, starting with /.</translation>
    </message>
    <message>
        <source>Calendar saved. Open it with your calendar app to add the dates.</source>
        <translation>Calendar saved. Open it with your calendar app to add the dates.</translation>
    </message>
    <message>
        <source>You have not chosen your procedure in My case. Until you do, the deadlines are counted with the shortest time limits, those of the general procedure (AA).</source>
        <translation>You have not chosen your procedure in My case. Until you do, the deadlines are counted with the shortest time limits, those of the general procedure (AA).</translation>
    </message>
    <message>
        <source>Add the dates from your letters in My case, for example the day your decision was sent. Your deadlines then appear here.</source>
        <translation>Add the dates from your letters in My case, for example the day your decision was sent. Your deadlines then appear here.</translation>
    </message>
    <message>
        <source>None of your dates starts a time limit that this app can count.</source>
        <translation>None of your dates starts a time limit that this app can count.</translation>
    </message>
    <message>
        <source>Ask your lawyer at once: this app gives no date for this time limit.</source>
        <translation>Ask your lawyer at once: this app gives no date for this time limit.</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>Last day: %1</translation>
    </message>
    <message>
        <source>This deadline could not be counted (%1). Ask your lawyer.</source>
        <translation>This deadline could not be counted (%1). Ask your lawyer.</translation>
    </message>
    <message>
        <source>This date has passed.</source>
        <translation>This date has passed.</translation>
    </message>
    <message>
        <source>Counted from: %1</source>
        <translation>Counted from: %1</translation>
    </message>
    <message>
        <source>It is not certain that this time limit gets extra days. To be safe, act by %1.</source>
        <translation>It is not certain that this time limit gets extra days. To be safe, act by %1.</translation>
    </message>
    <message>
        <source>Counted with the time limit of the general procedure (AA), because you have not chosen your procedure.</source>
        <translation>Counted with the time limit of the general procedure (AA), because you have not chosen your procedure.</translation>
    </message>
    <message>
        <source>A lawyer must confirm this deadline.</source>
        <translation>A lawyer must confirm this deadline.</translation>
    </message>
    <message>
        <source>How it was counted:</source>
        <translation>How it was counted:</translation>
    </message>
    <message>
        <source>Edit my dates in My case</source>
        <translation>Edit my dates in My case</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Coming up</translation>
    </message>
    <message>
        <source>No deadlines or appointments from today on.</source>
        <translation>No deadlines or appointments from today on.</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>Ask your lawyer at once</source>
        <translation>Ask your lawyer at once</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation>Add to your calendar</translation>
    </message>
    <message>
        <source>Save your deadlines and appointments as a calendar file (.ics) that calendar apps can import. The file is not encrypted: anyone who opens it can read it.</source>
        <translation>Save your deadlines and appointments as a calendar file (.ics) that calendar apps can import. The file is not encrypted: anyone who opens it can read it.</translation>
    </message>
    <message>
        <source>Type where to save it, for example %1</source>
        <translation>Type where to save it, for example %1</translation>
    </message>
    <message>
        <source>Where to save the calendar file</source>
        <translation>Where to save the calendar file</translation>
    </message>
    <message>
        <source>Write only &quot;Deadline&quot; and &quot;Appointment&quot;, without details, so a locked phone shows nothing about your case</source>
        <translation>Write only &quot;Deadline&quot; and &quot;Appointment&quot;, without details, so a locked phone shows nothing about your case</translation>
    </message>
    <message>
        <source>Save calendar file</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Save the steps of this procedure as a PDF file in the language you are reading, with the time limits, the sources and the date it was checked. Print it or give it to someone. It holds nothing from your notes and none of your own dates.</source>
        <translation>Save the steps of this procedure as a PDF file in the language you are reading, with the time limits, the sources and the date it was checked. Print it or give it to someone. It holds nothing from your notes and none of your own dates.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There is no information on this topic yet.</source>
        <translation>There is no information on this topic yet.</translation>
    </message>
</context>
<context>
    <name>VaultLockedNotice</name>
    <message>
        <source>You have no private notes on this phone yet.</source>
        <translation>You have no private notes on this phone yet.</translation>
    </message>
    <message>
        <source>Unlock your notes first</source>
        <translation>Unlock your notes first</translation>
    </message>
    <message>
        <source>Go to My notes</source>
        <translation>Go to My notes</translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <source>My notes</source>
        <translation>My notes</translation>
    </message>
    <message>
        <source>Your notes are locked.</source>
        <translation>Your notes are locked.</translation>
    </message>
    <message>
        <source>Your notes are open.</source>
        <translation>Your notes are open.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock my notes</source>
        <translation>Lock my notes</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Quick exit</translation>
    </message>
    <message>
        <source>Quick exit: lock my notes and close the app at once</source>
        <translation>Quick exit: lock my notes and close the app at once</translation>
    </message>
    <message>
        <source>Your passphrase is too short. Use at least %1 characters.</source>
        <translation>Your passphrase is too short. Use at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>The two passphrases are not the same. Type them again.</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private notes</translation>
    </message>
    <message>
        <source>Keep private notes about your case. They are locked with a passphrase and stored only on this device, encrypted.</source>
        <translation>Keep private notes about your case. They are locked with a passphrase and stored only on this device, encrypted.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters. A PIN of %1 or more digits works, but a longer passphrase is safer. Do not use your date of birth or your V-number.</source>
        <translation>Choose a passphrase of at least %1 characters. A PIN of %1 or more digits works, but a longer passphrase is safer. Do not use your date of birth or your V-number.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Type the passphrase again</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Create my private notes</source>
        <translation>Create my private notes</translation>
    </message>
    <message>
        <source>Making your vault safe. This takes a few seconds.</source>
        <translation>Making your vault safe. This takes a few seconds.</translation>
    </message>
    <message>
        <source>I have a backup from another phone</source>
        <translation>I have a backup from another phone</translation>
    </message>
    <message>
        <source>Type where the backup file is, for example %1, and the passphrase or recovery key that opens it.</source>
        <translation>Type where the backup file is, for example %1, and the passphrase or recovery key that opens it.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Passphrase or recovery key</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Type the full path of the file, starting with /.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>Write this recovery key on paper and keep it somewhere safe. If you forget your passphrase, it is the only way to open your notes. It will not be shown again.</source>
        <translation>Write this recovery key on paper and keep it somewhere safe. If you forget your passphrase, it is the only way to open your notes. It will not be shown again.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>I wrote it down</source>
        <translation>I wrote it down</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Open your notes</source>
        <translation>Open your notes</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you made your notes. Spaces and dashes do not matter.</source>
        <translation>Type the recovery key you wrote down when you made your notes. Spaces and dashes do not matter.</translation>
    </message>
    <message>
        <source>Type your passphrase to open your notes.</source>
        <translation>Type your passphrase to open your notes.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Unlock my notes</source>
        <translation>Unlock my notes</translation>
    </message>
    <message>
        <source>Opening your notes. This takes a few seconds.</source>
        <translation>Opening your notes. This takes a few seconds.</translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation>Use recovery key instead</translation>
    </message>
    <message>
        <source>After your notes are open, choose a new passphrase in Vault settings.</source>
        <translation>After your notes are open, choose a new passphrase in Vault settings.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>My case</source>
        <translation>My case</translation>
    </message>
    <message>
        <source>My case: V-number, case worker, lawyer and procedure</source>
        <translation>My case: V-number, case worker, lawyer and procedure</translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation>Vault settings</translation>
    </message>
    <message>
        <source>Search your notes</source>
        <translation>Search your notes</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>No notes yet. Write down what happened at your interview, names, dates, questions for your lawyer.</source>
        <translation>No notes yet. Write down what happened at your interview, names, dates, questions for your lawyer.</translation>
    </message>
    <message>
        <source>No notes contain “%1”.</source>
        <translation>No notes contain “%1”.</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>Untitled note</translation>
    </message>
    <message>
        <source>Changed %1 · %2</source>
        <translation>Changed %1 · %2</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Changed %1</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>My documents</translation>
    </message>
    <message>
        <source>My documents: photos and PDFs of letters</source>
        <translation>My documents: photos and PDFs of letters</translation>
    </message>
</context>
<context>
    <name>VaultSettingsPage</name>
    <message>
        <source>Vault settings</source>
        <translation>Vault settings</translation>
    </message>
    <message>
        <source>Working on your vault. This can take a few seconds.</source>
        <translation>Working on your vault. This can take a few seconds.</translation>
    </message>
    <message>
        <source>Your passphrase is too short. Use at least %1 characters.</source>
        <translation>Your passphrase is too short. Use at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>The two passphrases are not the same. Type them again.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Type the full path of the file, starting with /.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Your notes stay as they are. Your recovery key keeps working.</source>
        <translation>Your notes stay as they are. Your recovery key keeps working.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Type the new passphrase again</translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a few seconds.</source>
        <translation>Changing your passphrase. This takes a few seconds.</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Lock automatically</translation>
    </message>
    <message>
        <source>Your notes lock when you leave the app, and after this many minutes without use:</source>
        <translation>Your notes lock when you leave the app, and after this many minutes without use:</translation>
    </message>
    <message>
        <source>Minutes without use before your notes lock</source>
        <translation>Minutes without use before your notes lock</translation>
    </message>
    <message numerus="yes">
        <source>minutes</source>
        <translation>
            <numerusform>minute</numerusform>
            <numerusform>minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Save a backup</translation>
    </message>
    <message>
        <source>A backup is a copy of your vault that stays encrypted. Save it on a memory card or USB stick to move your notes to a new phone. It opens with the passphrase you have now, or with your recovery key.</source>
        <translation>A backup is a copy of your vault that stays encrypted. Save it on a memory card or USB stick to move your notes to a new phone. It opens with the passphrase you have now, or with your recovery key.</translation>
    </message>
    <message>
        <source>Type where to save it, for example %1</source>
        <translation>Type where to save it, for example %1</translation>
    </message>
    <message>
        <source>Where to save the backup</source>
        <translation>Where to save the backup</translation>
    </message>
    <message>
        <source>Save backup</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <source>Saving the backup.</source>
        <translation>Saving the backup.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Restoring a backup replaces the notes on this phone with the notes in the backup. Type where the backup file is, and the passphrase or recovery key that opens it.</source>
        <translation>Restoring a backup replaces the notes on this phone with the notes in the backup. Type where the backup file is, and the passphrase or recovery key that opens it.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Passphrase or recovery key</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Delete my vault</source>
        <translation>Delete my vault</translation>
    </message>
    <message>
        <source>Deletes all your notes and case details from this phone.</source>
        <translation>Deletes all your notes and case details from this phone.</translation>
    </message>
    <message>
        <source>Replace your notes?</source>
        <translation>Replace your notes?</translation>
    </message>
    <message>
        <source>The notes and case details on this phone will be replaced by those in the backup. You cannot undo this.</source>
        <translation>The notes and case details on this phone will be replaced by those in the backup. You cannot undo this.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>DELETE</translation>
    </message>
    <message>
        <source>Delete your vault?</source>
        <translation>Delete your vault?</translation>
    </message>
    <message>
        <source>All your notes and case details will be deleted from this phone. This cannot be undone, not even with the recovery key. Backups you saved somewhere else are not deleted.</source>
        <translation>All your notes and case details will be deleted from this phone. This cannot be undone, not even with the recovery key. Backups you saved somewhere else are not deleted.</translation>
    </message>
    <message>
        <source>To confirm, type %1</source>
        <translation>To confirm, type %1</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Type %1 to confirm</translation>
    </message>
    <message>
        <source>Keep my vault</source>
        <translation>Keep my vault</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <source>Your vault was deleted from this phone.</source>
        <translation>Your vault was deleted from this phone.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>While your notes are open, the app reminds you of your deadlines 7 days, 2 days and 1 day before and on the last day, and of your appointments 1 day and 2 hours before. While your notes are locked, there are no reminders. Your reminders are also listed under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</source>
        <translation>While your notes are open, the app reminds you of your deadlines 7 days, 2 days and 1 day before and on the last day, and of your appointments 1 day and 2 hours before. While your notes are locked, there are no reminders. Your reminders are also listed under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</translation>
    </message>
    <message>
        <source>Show details in reminders</source>
        <translation>Show details in reminders</translation>
    </message>
    <message>
        <source>Reminders say which deadline or appointment it is. Anyone who sees your screen, even when it is locked, can read it.</source>
        <translation>Reminders say which deadline or appointment it is. Anyone who sees your screen, even when it is locked, can read it.</translation>
    </message>
    <message>
        <source>Reminders only say &quot;You have a deadline in 2 days&quot;, not which one, so a locked screen shows nothing about your case.</source>
        <translation>Reminders only say &quot;You have a deadline in 2 days&quot;, not which one, so a locked screen shows nothing about your case.</translation>
    </message>
    <message>
        <source>This device did not show a reminder as a notification. You find your reminders under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</source>
        <translation>This device did not show a reminder as a notification. You find your reminders under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</translation>
    </message>
    <message>
        <source>The app remembers which reminders it has shown only until you close it. After a restart, a reminder of the last 24 hours can show once more.</source>
        <translation>The app remembers which reminders it has shown only until you close it. After a restart, a reminder of the last 24 hours can show once more.</translation>
    </message>
</context>
<context>
    <name>rc::contacts::OpeningHours</name>
    <message>
        <source>Opens today at %1</source>
        <translation>Opens today at %1</translation>
    </message>
    <message>
        <source>Opens tomorrow at %1</source>
        <translation>Opens tomorrow at %1</translation>
    </message>
    <message>
        <source>Opens %1 at %2</source>
        <extracomment>%1 is a day (&quot;Monday&quot;) or a date (&quot;Thursday 8 January&quot;), %2 a time (&quot;09:00&quot;)</extracomment>
        <translation>Opens %1 at %2</translation>
    </message>
    <message>
        <source>Open now, until midnight</source>
        <translation>Open now, until midnight</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Open now, until %1</translation>
    </message>
    <message>
        <source>Open now, until tomorrow at %1</source>
        <translation>Open now, until tomorrow at %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <extracomment>%1 is a day (&quot;Monday&quot;) or a date (&quot;Thursday 8 January&quot;), %2 a time (&quot;09:00&quot;)</extracomment>
        <translation>Open now, until %1 at %2</translation>
    </message>
    <message>
        <source>Open 24 hours, every day</source>
        <translation>Open 24 hours, every day</translation>
    </message>
    <message>
        <source>Not open on any day</source>
        <translation>Not open on any day</translation>
    </message>
    <message>
        <source>Closed today (public holiday). %1</source>
        <extracomment>%1 says when it opens next, e.g. &quot;Opens tomorrow at 09:00&quot;</extracomment>
        <translation>Closed today (public holiday). %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactDetails</name>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Only from a Dutch phone number</source>
        <translation>Only from a Dutch phone number</translation>
    </message>
    <message>
        <source>WhatsApp %1</source>
        <translation>WhatsApp %1</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>E-mail %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <source>This organisation is not in the installed information.</source>
        <translation>This organisation is not in the installed information.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Type the full path of the file, starting with /.</translation>
    </message>
    <message>
        <source>The contact card could not be saved at %1: %2</source>
        <translation>The contact card could not be saved at %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactListModel</name>
    <message>
        <source>Across the Netherlands</source>
        <translation>Across the Netherlands</translation>
    </message>
    <message>
        <source>In a region or town</source>
        <translation>In a region or town</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Any language</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactTexts</name>
    <message>
        <source>Legal help</source>
        <translation>Legal help</translation>
    </message>
    <message>
        <source>Support during the procedure</source>
        <translation>Support during the procedure</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Mental health</translation>
    </message>
    <message>
        <source>LGBTIQ+</source>
        <translation>LGBTIQ+</translation>
    </message>
    <message>
        <source>Violence against women and girls</source>
        <translation>Violence against women and girls</translation>
    </message>
    <message>
        <source>Human trafficking</source>
        <translation>Human trafficking</translation>
    </message>
    <message>
        <source>Children on their own</source>
        <translation>Children on their own</translation>
    </message>
    <message>
        <source>Finding family members</source>
        <translation>Finding family members</translation>
    </message>
    <message>
        <source>Going back</source>
        <translation>Going back</translation>
    </message>
    <message>
        <source>Without papers</source>
        <translation>Without papers</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Emergencies</translation>
    </message>
    <message>
        <source>Across the Netherlands</source>
        <translation>Across the Netherlands</translation>
    </message>
    <message>
        <source>Hours not known: check the website</source>
        <translation>Hours not known: check the website</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>Hours not known</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContentUpdates</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Download progress, e.g. &quot;120 KB of 300 KB&quot;</extracomment>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>This web address is not valid. Type it like https://example.org/content/.</source>
        <translation>This web address is not valid. Type it like https://example.org/content/.</translation>
    </message>
    <message>
        <source>Type a web address starting with https://, or the full path of a folder, starting with /.</source>
        <translation>Type a web address starting with https://, or the full path of a folder, starting with /.</translation>
    </message>
    <message>
        <source>This mirror is already in the list.</source>
        <translation>This mirror is already in the list.</translation>
    </message>
    <message>
        <source>Content updates are not available here.</source>
        <translation>Content updates are not available here.</translation>
    </message>
    <message>
        <source>Add a mirror first: a USB stick or folder with a copy of the information, or the web address your organisation gave you.</source>
        <translation>Add a mirror first: a USB stick or folder with a copy of the information, or the web address your organisation gave you.</translation>
    </message>
    <message>
        <source>The app cannot tell whether this connection costs money, so the web mirrors were not used. Turn off &quot;Only on unmetered networks&quot; to use them anyway.</source>
        <translation>The app cannot tell whether this connection costs money, so the web mirrors were not used. Turn off &quot;Only on unmetered networks&quot; to use them anyway.</translation>
    </message>
    <message>
        <source>This device is not connected to a network, so the web mirrors were not used.</source>
        <translation>This device is not connected to a network, so the web mirrors were not used.</translation>
    </message>
    <message>
        <source>This connection may cost money (it is metered), so the web mirrors were not used.</source>
        <translation>This connection may cost money (it is metered), so the web mirrors were not used.</translation>
    </message>
    <message>
        <source>The information was updated.</source>
        <translation>The information was updated.</translation>
    </message>
    <message>
        <source>The information is up to date.</source>
        <translation>The information is up to date.</translation>
    </message>
    <message>
        <source>This copy of the information is older than what you already have. It was ignored, and nothing changed.</source>
        <translation>This copy of the information is older than what you already have. It was ignored, and nothing changed.</translation>
    </message>
    <message>
        <source>A mirror offered older information than what you already have. It was refused, and nothing changed.</source>
        <translation>A mirror offered older information than what you already have. It was refused, and nothing changed.</translation>
    </message>
    <message>
        <source>The information on the mirror has expired: the mirror is no longer kept up to date, or someone is holding back updates. Nothing changed.</source>
        <translation>The information on the mirror has expired: the mirror is no longer kept up to date, or someone is holding back updates. Nothing changed.</translation>
    </message>
    <message>
        <source>The mirror could not be read: it cannot be reached, or it holds no copy of the information. Nothing changed.</source>
        <translation>The mirror could not be read: it cannot be reached, or it holds no copy of the information. Nothing changed.</translation>
    </message>
    <message>
        <source>The information could not be updated on this device. Nothing changed.</source>
        <translation>The information could not be updated on this device. Nothing changed.</translation>
    </message>
    <message>
        <source>The information on the mirror is not correctly signed by your distributor. It was refused, and nothing changed.</source>
        <translation>The information on the mirror is not correctly signed by your distributor. It was refused, and nothing changed.</translation>
    </message>
    <message>
        <source>This copy is older than its signatures allow, but nothing in it is older than what you had, so it was used.</source>
        <translation>This copy is older than its signatures allow, but nothing in it is older than what you had, so it was used.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::DocumentsModel</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>There is no file at %1.</translation>
    </message>
    <message>
        <source>Only photos and PDF files can be kept here.</source>
        <translation>Only photos and PDF files can be kept here.</translation>
    </message>
</context>
<context>
    <name>rc::ui::Handout</name>
    <message>
        <source>No content is installed, so there is nothing to print.</source>
        <translation>No content is installed, so there is nothing to print.</translation>
    </message>
    <message>
        <source>This article is not installed. Update the content and try again.</source>
        <translation>This article is not installed. Update the content and try again.</translation>
    </message>
    <message>
        <source>This procedure is not installed. Update the content and try again.</source>
        <translation>This procedure is not installed. Update the content and try again.</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>Who is there</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>How long</translation>
    </message>
    <message>
        <source>What to prepare</source>
        <translation>What to prepare</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Your rights</translation>
    </message>
    <message>
        <source>Time limit: %1. Ask your lawyer at once how much time you have.</source>
        <translation>Time limit: %1. Ask your lawyer at once how much time you have.</translation>
    </message>
    <message>
        <source>Time limit: %1, %2.</source>
        <translation>Time limit: %1, %2.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Legal basis: %1</translation>
    </message>
    <message>
        <source>This contact is not installed. Update the content and try again.</source>
        <translation>This contact is not installed. Update the content and try again.</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Opening hours:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Only from a Dutch phone number</source>
        <translation>Only from a Dutch phone number</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Type the full path of the file, starting with /.</translation>
    </message>
    <message>
        <source>%1 is a folder. Type a file name at the end, for example handout.pdf.</source>
        <translation>%1 is a folder. Type a file name at the end, for example handout.pdf.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that exists, or create it first.</source>
        <translation>The folder %1 does not exist. Choose a folder that exists, or create it first.</translation>
    </message>
    <message>
        <source>Scan to get %1 and read more in the app:</source>
        <translation>Scan to get %1 and read more in the app:</translation>
    </message>
    <message>
        <source>Scan to open the source on a phone:</source>
        <translation>Scan to open the source on a phone:</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>Not yet translated into %1. You are reading the text in %2.</translation>
    </message>
    <message>
        <source>Machine translation, not yet checked by a person</source>
        <translation>Machine translation, not yet checked by a person</translation>
    </message>
    <message>
        <source>This translation may be out of date</source>
        <translation>This translation may be out of date</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Last checked: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Printed: %1</translation>
    </message>
    <message>
        <source>Could not save the handout to %1: %2</source>
        <translation>Could not save the handout to %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::KioskController</name>
    <message>
        <source>Leave kiosk mode before you change the PIN.</source>
        <translation>Leave kiosk mode before you change the PIN.</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation>The PIN must be %1 to %2 digits.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>The two PINs are not the same. Type them again.</translation>
    </message>
    <message>
        <source>The PIN could not be stored. Close other apps and try again.</source>
        <translation>The PIN could not be stored. Close other apps and try again.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Too many wrong PINs. Wait %n second, then try again.</numerusform>
            <numerusform>Too many wrong PINs. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>That PIN is not right. Wait %n second, then try again.</numerusform>
            <numerusform>That PIN is not right. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>That PIN is not right.</translation>
    </message>
</context>
<context>
    <name>rc::ui::LanShareController</name>
    <message>
        <source>Sharing stops by itself in %1.</source>
        <extracomment>%1 is minutes and seconds, e.g. 29:59</extracomment>
        <translation>Sharing stops by itself in %1.</translation>
    </message>
    <message>
        <source>This computer does not seem to be connected to a local network (Wi-Fi or cable). Connect it to the same network as the phones, then stop and start sharing again.</source>
        <translation>This computer does not seem to be connected to a local network (Wi-Fi or cable). Connect it to the same network as the phones, then stop and start sharing again.</translation>
    </message>
    <message>
        <source>Sharing stopped by itself. Start it again if more phones need the information.</source>
        <translation>Sharing stopped by itself. Start it again if more phones need the information.</translation>
    </message>
    <message>
        <source>Sharing stopped.</source>
        <translation>Sharing stopped.</translation>
    </message>
</context>
<context>
    <name>rc::ui::LanguageController</name>
    <message>
        <source>This language is not known to the app.</source>
        <translation>This language is not known to the app.</translation>
    </message>
    <message>
        <source>The interface is not available in %1 on this device. It is shown in %2.</source>
        <extracomment>%1 is the name of a language in that language, e.g. &quot;Nederlands&quot;.</extracomment>
        <translation>The interface is not available in %1 on this device. It is shown in %2.</translation>
    </message>
    <message>
        <source>Gregorian calendar</source>
        <translation>Gregorian calendar</translation>
    </message>
    <message>
        <source>Solar Hijri calendar</source>
        <translation>Solar Hijri calendar</translation>
    </message>
    <message>
        <source>Ethiopian calendar</source>
        <translation>Ethiopian calendar</translation>
    </message>
</context>
<context>
    <name>rc::ui::MyDeadlinesModel</name>
    <message>
        <source>Deadlines cannot be counted: the deadline data of this app is damaged (%1). Ask your lawyer for every deadline.</source>
        <translation>Deadlines cannot be counted: the deadline data of this app is damaged (%1). Ask your lawyer for every deadline.</translation>
    </message>
    <message>
        <source>Registration (asylum application)</source>
        <translation>Registration (asylum application)</translation>
    </message>
    <message>
        <source>Detailed interview</source>
        <translation>Detailed interview</translation>
    </message>
    <message>
        <source>Intention to reject received</source>
        <translation>Intention to reject received</translation>
    </message>
    <message>
        <source>View on the intention sent</source>
        <translation>View on the intention sent</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>Decision sent</translation>
    </message>
    <message>
        <source>Residence permit granted</source>
        <translation>Residence permit granted</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>Appeal filed</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Court hearing</translation>
    </message>
    <message>
        <source>Open your notes first.</source>
        <translation>Open your notes first.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Type the full path of the file, starting with /.</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>Last day: %1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Appointment at %1</source>
        <extracomment>%1 is a time of day, e.g. 14:30</extracomment>
        <translation>Appointment at %1</translation>
    </message>
    <message>
        <source>Counted from %1 (%2).</source>
        <translation>Counted from %1 (%2).</translation>
    </message>
    <message>
        <source>A lawyer must confirm this deadline.</source>
        <translation>A lawyer must confirm this deadline.</translation>
    </message>
    <message>
        <source>There is nothing to export: no deadlines or appointments from today on.</source>
        <translation>There is nothing to export: no deadlines or appointments from today on.</translation>
    </message>
    <message>
        <source>The calendar could not be made: %1</source>
        <translation>The calendar could not be made: %1</translation>
    </message>
    <message>
        <source>The calendar could not be saved at %1: %2</source>
        <translation>The calendar could not be saved at %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReadAloud</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Sentence %1 of %2</source>
        <translation>Sentence %1 of %2</translation>
    </message>
    <message>
        <source>The device&apos;s voice stopped with an error: %1</source>
        <translation>The device&apos;s voice stopped with an error: %1</translation>
    </message>
    <message>
        <source>The recording of this article could not be read.</source>
        <translation>The recording of this article could not be read.</translation>
    </message>
    <message>
        <source>The recording cannot be played on this device: %1</source>
        <translation>The recording cannot be played on this device: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReminderScheduler</name>
    <message>
        <source>You have a deadline today</source>
        <translation>You have a deadline today</translation>
    </message>
    <message>
        <source>You have a deadline tomorrow</source>
        <translation>You have a deadline tomorrow</translation>
    </message>
    <message numerus="yes">
        <source>You have a deadline in %n days</source>
        <extracomment>Reminder on a locked screen: it must not say which deadline. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>You have a deadline in %n day</numerusform>
            <numerusform>You have a deadline in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have an appointment in %n days</source>
        <extracomment>Reminder on a locked screen: it must not say which appointment. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>You have an appointment in %n day</numerusform>
            <numerusform>You have an appointment in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>You have an appointment tomorrow</source>
        <translation>You have an appointment tomorrow</translation>
    </message>
    <message numerus="yes">
        <source>You have an appointment in %n hours</source>
        <extracomment>Reminder on a locked screen. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>You have an appointment in %n hour</numerusform>
            <numerusform>You have an appointment in %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>You have an appointment in less than 2 hours</source>
        <translation>You have an appointment in less than 2 hours</translation>
    </message>
    <message numerus="yes">
        <source>You have %n deadlines this week</source>
        <extracomment>One notification for several reminders the app could not show while the vault was locked. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>You have %n deadline this week</numerusform>
            <numerusform>You have %n deadlines this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n appointments this week</source>
        <extracomment>%n is 2 or more.</extracomment>
        <translation>
            <numerusform>You have %n appointment this week</numerusform>
            <numerusform>You have %n appointments this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n deadlines and appointments this week</source>
        <extracomment>%n (the deadlines and appointments together) is 2 or more.</extracomment>
        <translation>
            <numerusform>You have %n deadline or appointment this week</numerusform>
            <numerusform>You have %n deadlines and appointments this week</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: last day %2</source>
        <extracomment>%1 is what the deadline is for (e.g. Appeal to the court), %2 its last day.</extracomment>
        <translation>%1: last day %2</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <extracomment>%1 is the appointment&apos;s title, %2 its day, %3 its time.</extracomment>
        <translation>%1: %2 at %3</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
</context>
<context>
    <name>rc::ui::VaultController</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>The two passphrases are not the same. Type them again.</translation>
    </message>
    <message>
        <source>This is not a recovery key. It has 32 letters and digits in groups of four.</source>
        <translation>This is not a recovery key. It has 32 letters and digits in groups of four.</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Your recovery key still works.</source>
        <translation>Your passphrase was changed. Your recovery key still works.</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Choose where to save the backup.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Backup restored.</translation>
    </message>
    <message>
        <source>The vault file could not be deleted. Try again, or delete the app&apos;s data.</source>
        <translation>The vault file could not be deleted. Try again, or delete the app&apos;s data.</translation>
    </message>
    <message>
        <source>Your vault was deleted.</source>
        <translation>Your vault was deleted.</translation>
    </message>
    <message>
        <source>Backup saved, with your documents. It opens with your passphrase or your recovery key.</source>
        <translation>Backup saved, with your documents. It opens with your passphrase or your recovery key.</translation>
    </message>
</context>
<context>
    <name>rc::ui::VaultRecordsModel</name>
    <message>
        <source>Choose what happened on this date.</source>
        <translation>Choose what happened on this date.</translation>
    </message>
    <message>
        <source>This date does not exist. Check the day and the month.</source>
        <translation>This date does not exist. Check the day and the month.</translation>
    </message>
    <message>
        <source>Give the appointment a name, for example &quot;Lawyer&quot;.</source>
        <translation>Give the appointment a name, for example &quot;Lawyer&quot;.</translation>
    </message>
    <message>
        <source>Write the person&apos;s or the organisation&apos;s name.</source>
        <translation>Write the person&apos;s or the organisation&apos;s name.</translation>
    </message>
    <message>
        <source>This could not be saved. Try again.</source>
        <translation>This could not be saved. Try again.</translation>
    </message>
</context>
<context>
    <name>rc::vault</name>
    <message>
        <source>Your private notes were not found on this phone.</source>
        <translation>Your private notes were not found on this phone.</translation>
    </message>
    <message>
        <source>This file does not hold Rights Companion notes. Nothing was changed.</source>
        <translation>This file does not hold Rights Companion notes. Nothing was changed.</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer version of Rights Companion. Update the app to open them. Your notes were not changed.</source>
        <translation>Your notes were saved by a newer version of Rights Companion. Update the app to open them. Your notes were not changed.</translation>
    </message>
    <message>
        <source>This file was changed or damaged, so it cannot be opened. Your notes were not changed.</source>
        <translation>This file was changed or damaged, so it cannot be opened. Your notes were not changed.</translation>
    </message>
    <message>
        <source>The passphrase or recovery key is not right. Check it and try again.</source>
        <translation>The passphrase or recovery key is not right. Check it and try again.</translation>
    </message>
    <message>
        <source>This phone does not have enough free memory right now. Close other apps and try again. Your notes were not changed.</source>
        <translation>This phone does not have enough free memory right now. Close other apps and try again. Your notes were not changed.</translation>
    </message>
    <message>
        <source>The phone&apos;s storage could not be read or written (it may be full). The last saved copy of your notes was kept.</source>
        <translation>The phone&apos;s storage could not be read or written (it may be full). The last saved copy of your notes was kept.</translation>
    </message>
    <message>
        <source>This document is too large for Rights Companion to keep or show. Nothing was changed.</source>
        <translation>This document is too large for Rights Companion to keep or show. Nothing was changed.</translation>
    </message>
</context>
</TS>
