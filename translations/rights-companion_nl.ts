<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ArticlePage</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Save this article as a PDF file in the language you are reading, with its sources, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</source>
        <translation>Sla dit artikel op als pdf-bestand in de taal waarin je leest, met de bronnen, de datum van de laatste controle en een QR-code. Druk het af of geef het aan iemand. Er staat niets uit je notities in.</translation>
    </message>
    <message>
        <source>Listen to this article</source>
        <translation>Luisteren naar dit artikel</translation>
    </message>
    <message>
        <source>A recorded reading in %1.</source>
        <translation>Een opname van de tekst, voorgelezen in %1.</translation>
    </message>
    <message>
        <source>Read by your device&apos;s voice in %1. It may say some words wrongly.</source>
        <translation>Voorgelezen door de stem van je apparaat, in %1. Die stem kan sommige woorden verkeerd uitspreken.</translation>
    </message>
    <message>
        <source>There is no recording of this article in %1, and this device has no voice for %1.</source>
        <translation>Er is geen opname van dit artikel in %1, en dit apparaat heeft geen stem voor %1.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>Vanaf het begin</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langzamer</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>Normale snelheid</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Sneller</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>Veel sneller</translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation>Snelheid: %1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Positie: %1</translation>
    </message>
    <message>
        <source>Listen in English</source>
        <translation>Luisteren in het Engels</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>This article is not available. It may have been removed in a content update.</source>
        <translation>Dit artikel is er niet. Misschien is het weggehaald bij een update van de informatie.</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Laatst gecontroleerd: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the English text.</source>
        <translation>Nog niet vertaald naar %1. Je leest de Engelse tekst.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>Nog niet vertaald naar %1. Je leest de tekst in %2.</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>De wet hierover verandert. Vraag je advocaat of VluchtelingenWerk wat voor jou geldt.</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>Wat er verandert</translation>
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
        <translation>Deze organisatie staat niet in de geïnstalleerde informatie. Misschien is ze weggehaald bij een update van de informatie.</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Openingstijden: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adres: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Het adres kopiëren</translation>
    </message>
    <message>
        <source>Copy the e-mail address</source>
        <translation>Het e-mailadres kopiëren</translation>
    </message>
    <message>
        <source>Copy the number %1</source>
        <translation>Het nummer %1 kopiëren</translation>
    </message>
    <message>
        <source>Give this contact to a phone</source>
        <translation>Dit contact op een telefoon zetten</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera to save the contact.</source>
        <translation>Scan deze code met de camera van de telefoon om het contact op te slaan.</translation>
    </message>
    <message>
        <source>QR code of the contact %1</source>
        <translation>QR-code van het contact %1</translation>
    </message>
    <message>
        <source>Where to save the contact card (.vcf)</source>
        <translation>Plek voor de contactkaart (.vcf)</translation>
    </message>
    <message>
        <source>Save contact card</source>
        <translation>Contactkaart opslaan</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Typ het volledige pad naar het bestand. Het begint met /.</translation>
    </message>
    <message>
        <source>Contact card saved.</source>
        <translation>Contactkaart opgeslagen.</translation>
    </message>
    <message>
        <source>They are not known to speak your language. They speak: %1.</source>
        <translation>Voor zover we weten, spreken ze jouw taal niet. Ze spreken: %1.</translation>
    </message>
    <message>
        <source>We do not know which languages they speak.</source>
        <translation>We weten niet welke talen ze spreken.</translation>
    </message>
    <message>
        <source>You can ask whether they can arrange an interpreter (in Dutch: tolk).</source>
        <translation>Je kunt vragen of ze een tolk kunnen regelen.</translation>
    </message>
    <message>
        <source>Languages they speak: %1</source>
        <translation>Talen die ze spreken: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Waar: %1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Laatst gecontroleerd: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Added to your contacts in My case.</source>
        <translation>Toegevoegd aan je contacten in Mijn zaak.</translation>
    </message>
    <message>
        <source>Keep in My case</source>
        <translation>Bewaren in Mijn zaak</translation>
    </message>
    <message>
        <source>Open your notes to keep this organisation among your own contacts, with a note of your own.</source>
        <translation>Open je notities. Dan kun je deze organisatie bewaren bij je eigen contacten, met een eigen notitie.</translation>
    </message>
    <message>
        <source>A note for yourself (optional)</source>
        <translation>Een notitie voor jezelf (niet verplicht)</translation>
    </message>
    <message>
        <source>Add to my contacts</source>
        <translation>Toevoegen aan mijn contacten</translation>
    </message>
    <message>
        <source>Save how to reach this organisation as a PDF file in the language you are reading, with the opening hours, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</source>
        <translation>Sla de contactgegevens van deze organisatie op als pdf-bestand in de taal waarin je leest, met de openingstijden, de datum van de laatste controle en een QR-code. Druk het af of geef het aan iemand. Er staat niets uit je notities in.</translation>
    </message>
</context>
<context>
    <name>ContentUpdatesPage</name>
    <message>
        <source>Content updates</source>
        <translation>Updates van de informatie</translation>
    </message>
    <message>
        <source>Content updates are not available here.</source>
        <translation>Updates van de informatie zijn hier niet beschikbaar.</translation>
    </message>
    <message>
        <source>Content as of %1</source>
        <translation>Informatie van %1</translation>
    </message>
    <message>
        <source>No information is installed yet.</source>
        <translation>Er is nog geen informatie geïnstalleerd.</translation>
    </message>
    <message>
        <source>This information may be out of date: your organisation expected you to have newer information by now. Check for updates when you can.</source>
        <translation>Deze informatie is misschien niet meer actueel: je organisatie verwachtte dat je nu al nieuwere informatie had. Zoek naar updates als dat kan.</translation>
    </message>
    <message>
        <source>Last check: %1</source>
        <translation>Laatste controle: %1</translation>
    </message>
    <message>
        <source>Not checked for updates yet.</source>
        <translation>Nog niet naar updates gezocht.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Nu zoeken</translation>
    </message>
    <message>
        <source>Add a mirror below to check for updates.</source>
        <translation>Voeg hieronder een updatebron toe om naar updates te zoeken.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Voortgang van de download</translation>
    </message>
    <message>
        <source>Checking the mirrors…</source>
        <translation>De updatebronnen worden gecontroleerd…</translation>
    </message>
    <message>
        <source>Mirrors</source>
        <translation>Updatebronnen</translation>
    </message>
    <message>
        <source>Places to get updates from, tried in order: a USB stick or a folder with a copy, or a web address your organisation gave you. Whatever a mirror offers is used only if your distributor signed it.</source>
        <translation>Plekken waar de app updates haalt. De app probeert ze in deze volgorde. Het kan een usb-stick of een map met een kopie zijn, of een webadres dat je organisatie je gaf. Wat een updatebron aanbiedt, wordt alleen gebruikt als de organisatie die je de app gaf het heeft ondertekend.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the mirror %1</source>
        <translation>De updatebron %1 verwijderen</translation>
    </message>
    <message>
        <source>https://… or /media/usb-stick</source>
        <translation>https://… of /media/usb-stick</translation>
    </message>
    <message>
        <source>New mirror</source>
        <translation>Nieuwe updatebron</translation>
    </message>
    <message>
        <source>Add mirror</source>
        <translation>Updatebron toevoegen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Only on unmetered networks</source>
        <translation>Alleen op netwerken zonder datalimiet</translation>
    </message>
    <message>
        <source>This device is not connected to a network now.</source>
        <translation>Dit apparaat heeft nu geen verbinding met een netwerk.</translation>
    </message>
    <message>
        <source>This connection is metered: it may cost money.</source>
        <translation>Deze verbinding heeft een datalimiet: dat kan geld kosten.</translation>
    </message>
    <message>
        <source>This connection is not metered.</source>
        <translation>Deze verbinding heeft geen datalimiet.</translation>
    </message>
    <message>
        <source>The app cannot tell whether this connection is metered. With this option on, web mirrors are not used; USB sticks and folders always are.</source>
        <translation>De app kan niet zien of deze verbinding een datalimiet heeft. Als deze optie aan staat, gebruikt de app geen updatebronnen op internet. Usb-sticks en mappen gebruikt de app wel altijd.</translation>
    </message>
    <message>
        <source>The app connects to the internet only to reach the web mirrors you add here, and sends nothing about you.</source>
        <translation>De app maakt alleen verbinding met internet om de updatebronnen op internet te bereiken die je hier toevoegt. De app verstuurt niets over jou.</translation>
    </message>
    <message>
        <source>Share with phones nearby</source>
        <translation>Delen met telefoons in de buurt</translation>
    </message>
    <message>
        <source>Phones on the same network can get the information from this computer. Phones check everything they get against your distributor&apos;s signatures, so sharing cannot change what they accept. Only people on the same network (Wi-Fi or cable) can connect. Sharing stops by itself after 30 minutes.</source>
        <translation>Telefoons op hetzelfde netwerk kunnen de informatie van deze computer krijgen. Telefoons controleren alles wat ze krijgen met de handtekeningen van de organisatie die je de app gaf. Delen kan dus niet veranderen wat ze accepteren. Alleen mensen op hetzelfde netwerk (wifi of kabel) kunnen verbinding maken. Het delen stopt vanzelf na 30 minuten.</translation>
    </message>
    <message>
        <source>This computer shares the information that came with the app. Updates it installed later are not shared.</source>
        <translation>Deze computer deelt de informatie die bij de app zat. Updates die de computer later heeft geïnstalleerd, worden niet gedeeld.</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>Delen starten</translation>
    </message>
    <message>
        <source>On the phone, open Content updates, add this address as a mirror, and tap Check now:</source>
        <translation>Open op de telefoon Updates van de informatie, voeg dit adres toe als updatebron en tik op Nu zoeken:</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>QR-code van het adres %1</translation>
    </message>
    <message>
        <source>Files sent so far: %1</source>
        <translation>Tot nu toe verstuurde bestanden: %1</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Delen stoppen</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Day: %1</source>
        <translation>Dag: %1</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>Maand: %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>Jaar: %1</translation>
    </message>
    <message>
        <source>Hour: %1</source>
        <translation>Uur: %1</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Minuten: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Find help</source>
        <translation>Hulp zoeken</translation>
    </message>
    <message>
        <source>Search by name or what they do</source>
        <translation>Zoek op naam of op wat ze doen</translation>
    </message>
    <message>
        <source>Search the organisations</source>
        <translation>Zoek in de organisaties</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Language they speak</source>
        <translation>Taal die ze spreken</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Nu open</translation>
    </message>
    <message>
        <source>Show only organisations that are open now</source>
        <translation>Alleen organisaties tonen die nu open zijn</translation>
    </message>
    <message>
        <source>Only organisations whose opening hours we know are shown.</source>
        <translation>Je ziet alleen organisaties waarvan we de openingstijden kennen.</translation>
    </message>
    <message>
        <source>There are no organisations in the installed information yet. A content update can add them.</source>
        <translation>Er staan nog geen organisaties in de geïnstalleerde informatie. Een update van de informatie kan ze toevoegen.</translation>
    </message>
    <message>
        <source>No organisation matches. Try fewer filters or other words.</source>
        <translation>Geen organisatie gevonden. Probeer minder filters of andere woorden.</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>Mijn contacten</translation>
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
        <translation>Dit document staat niet bij je notities.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <source>Delete this document</source>
        <translation>Dit document verwijderen</translation>
    </message>
    <message>
        <source>Delete this document?</source>
        <translation>Dit document verwijderen?</translation>
    </message>
    <message>
        <source>The app&apos;s copy is deleted for good.</source>
        <translation>De kopie in de app wordt definitief verwijderd.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Houden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <translation>Mijn documenten</translation>
    </message>
    <message>
        <source>Keep photos and PDFs of your letters here, for example from the IND or COA. They are encrypted like your notes. The app keeps its own copy: afterwards you can delete the original file.</source>
        <translation>Bewaar hier foto&apos;s en pdf&apos;s van je brieven, bijvoorbeeld van de IND of het COA. Ze worden versleuteld, net als je notities. De app bewaart een eigen kopie. Daarna kun je het originele bestand verwijderen.</translation>
    </message>
    <message>
        <source>Add a photo or PDF</source>
        <translation>Een foto of pdf toevoegen</translation>
    </message>
    <message>
        <source>File, e.g. /home/me/Downloads/letter.pdf</source>
        <translation>Bestand, bijvoorbeeld /home/ik/Downloads/brief.pdf</translation>
    </message>
    <message>
        <source>File to add</source>
        <translation>Bestand om toe te voegen</translation>
    </message>
    <message>
        <source>Name, e.g. Letter from the IND, 3 March</source>
        <translation>Naam, bijvoorbeeld Brief van de IND, 3 maart</translation>
    </message>
    <message>
        <source>Name of the document</source>
        <translation>Naam van het document</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Nog geen documenten.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>Pdf</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Glossary</source>
        <translation>Woordenlijst</translation>
    </message>
    <message>
        <source>Search for a word</source>
        <translation>Zoek een woord</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Zoek in de woordenlijst</translation>
    </message>
    <message>
        <source>No word matches “%1”.</source>
        <translation>Er zijn geen woorden met “%1”.</translation>
    </message>
    <message>
        <source>There is no glossary in the installed information yet.</source>
        <translation>Er staat nog geen woordenlijst in de geïnstalleerde informatie.</translation>
    </message>
</context>
<context>
    <name>HandoutAction</name>
    <message>
        <source>Saved. Open the PDF to print it or pass it on.</source>
        <translation>Opgeslagen. Open de pdf om hem af te drukken of door te geven.</translation>
    </message>
    <message>
        <source>Print or save as PDF</source>
        <translation>Afdrukken of opslaan als pdf</translation>
    </message>
    <message>
        <source>Where to save the PDF file</source>
        <translation>Plek voor het pdf-bestand</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Pdf opslaan</translation>
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
        <translation>Een deel van de informatie kon niet worden geladen. De app werkt met de informatie die wel in orde is.</translation>
    </message>
    <message>
        <source>What do you want to know?</source>
        <translation>Wat wil je weten?</translation>
    </message>
    <message>
        <source>Information as of %1</source>
        <translation>Informatie van %1</translation>
    </message>
    <message>
        <source>No information is installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</source>
        <translation>Er is nog geen informatie geïnstalleerd. Installeer de app opnieuw, of vraag de organisatie die je de app gaf om een update van de informatie.</translation>
    </message>
    <message>
        <source>Dutch words you will hear, explained</source>
        <translation>Nederlandse woorden die je gaat horen, met uitleg</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Woordenlijst</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search the information</source>
        <translation>Zoek in de informatie</translation>
    </message>
    <message>
        <source>This information is from %1 and may be out of date.</source>
        <translation>Deze informatie is van %1 en is misschien niet meer actueel.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Zoeken naar updates</translation>
    </message>
    <message>
        <source>The steps, where you are, and your deadlines</source>
        <translation>De stappen, waar je nu bent en je termijnen</translation>
    </message>
    <message>
        <source>Your procedure</source>
        <translation>Je procedure</translation>
    </message>
    <message>
        <source>Organisations that can help, and how to reach them</source>
        <translation>Organisaties die kunnen helpen, en hoe je ze bereikt</translation>
    </message>
    <message>
        <source>Find help</source>
        <translation>Hulp zoeken</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Choose the language of the app and of the information.</source>
        <translation>Kies de taal van de app en van de informatie.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
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
        <translation>De pagina kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Choose language</source>
        <translation>Kies een taal</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Quick exit: lock your notes and close the app</source>
        <translation>Snel sluiten: je notities vergrendelen en de app sluiten</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mijn notities</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source>Volunteer: leave kiosk mode</source>
        <translation>Vrijwilliger: gedeelde-laptopmodus stoppen</translation>
    </message>
    <message>
        <source>Still there? Touch the screen to continue.</source>
        <translation>Ben je er nog? Raak het scherm aan om verder te gaan.</translation>
    </message>
    <message numerus="yes">
        <source>The app starts over in %n seconds, for the next person.</source>
        <translation>
            <numerusform>De app begint over %n seconde opnieuw, voor de volgende persoon.</numerusform>
            <numerusform>De app begint over %n seconden opnieuw, voor de volgende persoon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Gedeelde-laptopmodus stoppen</translation>
    </message>
    <message>
        <source>For volunteers: type the PIN to leave kiosk mode.</source>
        <translation>Voor vrijwilligers: typ de pincode om de gedeelde-laptopmodus te stoppen.</translation>
    </message>
    <message>
        <source>Volunteer PIN</source>
        <translation>Pincode voor vrijwilligers</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. You can try again in %n seconds.</source>
        <translation>
            <numerusform>Te vaak een verkeerde pincode. Je kunt het over %n seconde opnieuw proberen.</numerusform>
            <numerusform>Te vaak een verkeerde pincode. Je kunt het over %n seconden opnieuw proberen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>MyCasePage</name>
    <message>
        <source>My case</source>
        <translation>Mijn zaak</translation>
    </message>
    <message>
        <source>The details of your case, in one place. They are kept with your private notes, encrypted, and only you can see them.</source>
        <translation>De gegevens van je zaak op één plek. Ze worden versleuteld bewaard bij je privénotities. Alleen jij kunt ze zien.</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Your foreigner&apos;s number (V-nummer). You find it on letters from the IND, the Immigration and Naturalisation Service.</source>
        <translation>Je vreemdelingennummer (V-nummer). Je vindt het op brieven van de IND, de Immigratie- en Naturalisatiedienst.</translation>
    </message>
    <message>
        <source>Digits only, e.g. 1234567890</source>
        <translation>Alleen cijfers, bijvoorbeeld 1234567890</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Your contact person at the IND, or at the COA, the organisation that runs the reception centres.</source>
        <translation>Je contactpersoon bij de IND, of bij het COA. Het COA is de organisatie die de opvang van asielzoekers regelt.</translation>
    </message>
    <message>
        <source>Name, organisation, phone number</source>
        <translation>Naam, organisatie, telefoonnummer</translation>
    </message>
    <message>
        <source>Case worker at the IND or the COA</source>
        <translation>Contactpersoon bij de IND of het COA</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Advocaat</translation>
    </message>
    <message>
        <source>Name, office, phone number</source>
        <translation>Naam, kantoor, telefoonnummer</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Which asylum procedure you are in. Your lawyer or the letters from the IND can tell you.</source>
        <translation>In welke asielprocedure je zit. Dat staat in de brieven van de IND, of je advocaat kan het je vertellen.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Nog niet bekend</translation>
    </message>
    <message>
        <source>General asylum procedure (AA)</source>
        <translation>Algemene asielprocedure (AA)</translation>
    </message>
    <message>
        <source>Extended procedure (VA)</source>
        <translation>Verlengde asielprocedure (VA)</translation>
    </message>
    <message>
        <source>Dublin</source>
        <translation>Dublin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Procedure: %1</translation>
    </message>
    <message>
        <source>Registration (asylum application)</source>
        <translation>Aanmelding (asielaanvraag)</translation>
    </message>
    <message>
        <source>Detailed interview</source>
        <translation>Nader gehoor</translation>
    </message>
    <message>
        <source>Intention to reject received</source>
        <translation>Voornemen tot afwijzing ontvangen</translation>
    </message>
    <message>
        <source>View on the intention sent</source>
        <translation>Zienswijze verstuurd</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>Beschikking verstuurd</translation>
    </message>
    <message>
        <source>Residence permit granted</source>
        <translation>Verblijfsvergunning gekregen</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>In beroep gegaan</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Zitting bij de rechtbank</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Belangrijke datums</translation>
    </message>
    <message>
        <source>The dates of your procedure. Deadlines are counted from them, so write them exactly as they are on your letters.</source>
        <translation>De datums van je procedure. Termijnen worden vanaf deze datums geteld. Schrijf ze daarom precies op zoals ze in je brieven staan.</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Een datum toevoegen</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>Nog geen afspraken.</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>Een afspraak toevoegen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Your lawyer, your case worker, your guardian: the people you need to reach.</source>
        <translation>Je advocaat, je contactpersoon, je voogd: de mensen die je moet kunnen bereiken.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Een persoon toevoegen</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>Belangrijke datum</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er is gebeurd</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Wat er is gebeurd: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notitie (niet verplicht)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>What, e.g. Meeting with my lawyer</source>
        <translation>Wat, bijvoorbeeld Gesprek met mijn advocaat</translation>
    </message>
    <message>
        <source>What the appointment is</source>
        <translation>Wat voor afspraak het is</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>Waar (niet verplicht)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Who they are, e.g. My lawyer</source>
        <translation>Wie het is, bijvoorbeeld Mijn advocaat</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Wie het is</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>See your procedure and deadlines</source>
        <translation>Bekijk je procedure en je termijnen</translation>
    </message>
</context>
<context>
    <name>NoteEditorPage</name>
    <message>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>You have no private notes on this phone yet.</source>
        <translation>Je hebt nog geen privénotities op deze telefoon.</translation>
    </message>
    <message>
        <source>Unlock your notes first</source>
        <translation>Ontgrendel eerst je notities</translation>
    </message>
    <message>
        <source>Go to My notes</source>
        <translation>Naar Mijn notities</translation>
    </message>
    <message>
        <source>This note could not be saved. Your text is still here; keep this page open and try again in a moment.</source>
        <translation>Deze notitie kon niet worden opgeslagen. Je tekst staat er nog. Laat deze pagina open en probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Your last changes could not be saved. Your text is still here; keep this page open and try again in a moment.</source>
        <translation>Je laatste wijzigingen konden niet worden opgeslagen. Je tekst staat er nog. Laat deze pagina open en probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>This note could not be deleted. Try again in a moment.</source>
        <translation>Deze notitie kon niet worden verwijderd. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>This note is not there any more. It may have been deleted.</source>
        <translation>Deze notitie is er niet meer. Misschien is de notitie verwijderd.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Write your note here</source>
        <translation>Schrijf hier je notitie</translation>
    </message>
    <message>
        <source>Tags, e.g. interview, lawyer</source>
        <translation>Labels, bijvoorbeeld gehoor, advocaat</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Labels, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Your note is kept as soon as you start typing.</source>
        <translation>Je notitie wordt bewaard zodra je begint met typen.</translation>
    </message>
    <message>
        <source>Created %1 · Changed %2</source>
        <translation>Gemaakt op %1 · Gewijzigd op %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation>Deze notitie verwijderen</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>Deze notitie verwijderen?</translation>
    </message>
    <message>
        <source>The note will be deleted from this phone. You cannot undo this.</source>
        <translation>De notitie wordt van deze telefoon verwijderd. Je kunt dit niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Keep the note</source>
        <translation>Notitie houden</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notitie verwijderen</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search articles and words</source>
        <translation>Zoek in artikelen en woorden</translation>
    </message>
    <message>
        <source>Search the information</source>
        <translation>Zoek in de informatie</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer or shorter words.</source>
        <translation>Niets gevonden voor “%1”. Probeer minder of kortere woorden.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Woordenlijst</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>in het Engels</translation>
    </message>
    <message>
        <source>Type a word, or the beginning of a word. Articles, Dutch words from the glossary, the steps of the procedures and contacts are searched.</source>
        <translation>Typ een woord, of het begin van een woord. De app zoekt in artikelen, Nederlandse woorden uit de woordenlijst, de stappen van de procedures en contacten.</translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation>Stap van de procedure</translation>
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
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Taal: %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <source>No information is installed.</source>
        <translation>Er is geen informatie geïnstalleerd.</translation>
    </message>
    <message>
        <source>%1, published by %2. Information as of %3.</source>
        <translation>%1, uitgegeven door %2. Informatie van %3.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>This app works without internet. It does not collect or send any information about you.</source>
        <translation>Deze app werkt zonder internet. De app verzamelt en verstuurt geen informatie over jou.</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>Updates van de informatie</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Today: %1. Deadlines always show the Gregorian date too: it is the date the IND and the courts use.</source>
        <translation>Vandaag: %1. Bij termijnen staat altijd ook de gregoriaanse datum. Die datum gebruiken de IND en de rechtbank.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <source>Follow the system (%1%)</source>
        <translation>Systeeminstelling volgen (%1%)</translation>
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
        <translation>Standaard</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>Light or dark</source>
        <translation>Licht of donker</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systeeminstelling volgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>The volunteer PIN is set.</source>
        <translation>De pincode voor vrijwilligers is ingesteld.</translation>
    </message>
    <message>
        <source>Shared laptop (kiosk) mode</source>
        <translation>Gedeelde-laptopmodus (kiosk)</translation>
    </message>
    <message>
        <source>For a laptop that many people use, one after the other. The app fills the screen and starts with the choice of language. Notes are not available and no files are saved. After a time without use, it starts over and forgets what the last person did. A volunteer leaves kiosk mode with a PIN.</source>
        <translation>Voor een laptop die veel mensen na elkaar gebruiken. De app vult het hele scherm en begint met de keuze van de taal. Notities zijn niet beschikbaar en er worden geen bestanden opgeslagen. Als de app een tijd niet is gebruikt, begint de app opnieuw en vergeet wat de vorige persoon deed. Een vrijwilliger stopt de gedeelde-laptopmodus met een pincode.</translation>
    </message>
    <message>
        <source>Kiosk mode is on. To leave it, a volunteer taps “Volunteer” at the top and types the PIN.</source>
        <translation>De gedeelde-laptopmodus staat aan. Om de modus te stoppen, tikt een vrijwilliger bovenaan op “Vrijwilliger” en typt de pincode.</translation>
    </message>
    <message>
        <source>Kiosk mode was asked for. Start it below.</source>
        <translation>De gedeelde-laptopmodus is aangevraagd. Start de modus hieronder.</translation>
    </message>
    <message>
        <source>Kiosk mode was asked for, but no volunteer PIN is set. Set a PIN, then start kiosk mode.</source>
        <translation>De gedeelde-laptopmodus is aangevraagd, maar er is geen pincode voor vrijwilligers ingesteld. Stel een pincode in en start dan de gedeelde-laptopmodus.</translation>
    </message>
    <message>
        <source>A volunteer PIN is set. You can set a new one.</source>
        <translation>Er is een pincode voor vrijwilligers ingesteld. Je kunt een nieuwe instellen.</translation>
    </message>
    <message>
        <source>Set a volunteer PIN of 4 to 12 digits, and give it only to volunteers.</source>
        <translation>Stel een pincode voor vrijwilligers in van 4 tot 12 cijfers. Geef de pincode alleen aan vrijwilligers.</translation>
    </message>
    <message>
        <source>New volunteer PIN (4 to 12 digits)</source>
        <translation>Nieuwe pincode voor vrijwilligers (4 tot 12 cijfers)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Dezelfde pincode nog een keer</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Pincode opslaan</translation>
    </message>
    <message>
        <source>Start over after this time without use</source>
        <translation>Opnieuw beginnen na deze tijd zonder gebruik</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Start kiosk mode</source>
        <translation>Gedeelde-laptopmodus starten</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Machine translation, not yet checked by a person</source>
        <translation>Vertaald door een computer, nog niet gecontroleerd door een mens</translation>
    </message>
    <message>
        <source>This translation may be out of date</source>
        <translation>Deze vertaling is misschien niet meer actueel</translation>
    </message>
    <message>
        <source>Not yet in your language. Shown in %1.</source>
        <translation>Nog niet in jouw taal. Taal van deze tekst: %1.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message numerus="yes">
        <source>In %n days</source>
        <translation>
            <numerusform>Over %n dag</numerusform>
            <numerusform>Over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Your procedure</source>
        <translation>Je procedure</translation>
    </message>
    <message>
        <source>A lawyer must confirm every deadline. The dates in this app are calculations from general rules, and they can be wrong for your case. Ask your lawyer before you rely on them.</source>
        <translation>Een advocaat moet elke termijn bevestigen. De datums in deze app zijn berekend met algemene regels. Ze kunnen voor jouw zaak fout zijn. Vraag het je advocaat voordat je op deze datums vertrouwt.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the English text.</source>
        <translation>Nog niet vertaald naar %1. Je leest de Engelse tekst.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>Nog niet vertaald naar %1. Je leest de tekst in %2.</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>De wet hierover verandert. Vraag je advocaat of VluchtelingenWerk wat voor jou geldt.</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>Wat er verandert</translation>
    </message>
    <message>
        <source>No procedures are installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</source>
        <translation>Er zijn nog geen procedures geïnstalleerd. Installeer de app opnieuw, of vraag de organisatie die je de app gaf om een update van de informatie.</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Procedure: %1</translation>
    </message>
    <message>
        <source>The dot marks where you are, from the dates in My case.</source>
        <translation>De stip laat zien waar je nu bent, volgens de datums in Mijn zaak.</translation>
    </message>
    <message>
        <source>Add the dates from your letters in My case to see where you are.</source>
        <translation>Vul in Mijn zaak de datums uit je brieven in. Dan zie je waar je nu bent.</translation>
    </message>
    <message>
        <source>Open your notes to see where you are and your own deadlines.</source>
        <translation>Open je notities. Dan zie je waar je nu bent en wat je eigen termijnen zijn.</translation>
    </message>
    <message>
        <source>Step %1: %2. You are here.</source>
        <translation>Stap %1: %2. Hier ben je nu.</translation>
    </message>
    <message>
        <source>Step %1: %2. This comes next.</source>
        <translation>Stap %1: %2. Dit is de volgende stap.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Stap %1: %2</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Hier ben je nu</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Your date: %1</source>
        <translation>Jouw datum: %1</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>Wie er zijn</translation>
    </message>
    <message>
        <source>What to prepare</source>
        <translation>Wat je moet voorbereiden</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Je rechten</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Hoe lang het duurt</translation>
    </message>
    <message>
        <source>Time limit: %1. Ask your lawyer at once how much time you have.</source>
        <translation>Termijn: %1. Vraag je advocaat meteen hoeveel tijd je hebt.</translation>
    </message>
    <message>
        <source>Time limit: %1, %2.</source>
        <translation>Termijn: %1, %2.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Wettelijke basis: %1</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Meer lezen</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Lezen: %1</translation>
    </message>
    <message>
        <source>My deadlines</source>
        <translation>Mijn termijnen</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Typ het volledige pad naar het bestand. Het begint met /.</translation>
    </message>
    <message>
        <source>Calendar saved. Open it with your calendar app to add the dates.</source>
        <translation>Agenda opgeslagen. Open het bestand met je agenda-app om de datums toe te voegen.</translation>
    </message>
    <message>
        <source>You have not chosen your procedure in My case. Until you do, the deadlines are counted with the shortest time limits, those of the general procedure (AA).</source>
        <translation>Je hebt je procedure nog niet gekozen in Mijn zaak. Zolang je dat niet doet, worden de termijnen geteld met de kortste termijnen: die van de algemene asielprocedure (AA).</translation>
    </message>
    <message>
        <source>Add the dates from your letters in My case, for example the day your decision was sent. Your deadlines then appear here.</source>
        <translation>Vul in Mijn zaak de datums uit je brieven in, bijvoorbeeld de dag waarop de beschikking is verstuurd. Je termijnen komen dan hier te staan.</translation>
    </message>
    <message>
        <source>None of your dates starts a time limit that this app can count.</source>
        <translation>Geen van je datums start een termijn die deze app kan uitrekenen.</translation>
    </message>
    <message>
        <source>Ask your lawyer at once: this app gives no date for this time limit.</source>
        <translation>Vraag je advocaat meteen: deze app geeft geen datum voor deze termijn.</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>Laatste dag: %1</translation>
    </message>
    <message>
        <source>This deadline could not be counted (%1). Ask your lawyer.</source>
        <translation>Deze termijn kon niet worden uitgerekend (%1). Vraag het je advocaat.</translation>
    </message>
    <message>
        <source>This date has passed.</source>
        <translation>Deze datum is voorbij.</translation>
    </message>
    <message>
        <source>Counted from: %1</source>
        <translation>Geteld vanaf: %1</translation>
    </message>
    <message>
        <source>It is not certain that this time limit gets extra days. To be safe, act by %1.</source>
        <translation>Het is niet zeker dat deze termijn extra dagen krijgt. Doe het voor de zekerheid uiterlijk op %1.</translation>
    </message>
    <message>
        <source>Counted with the time limit of the general procedure (AA), because you have not chosen your procedure.</source>
        <translation>Geteld met de termijn van de algemene asielprocedure (AA), omdat je je procedure niet hebt gekozen.</translation>
    </message>
    <message>
        <source>A lawyer must confirm this deadline.</source>
        <translation>Een advocaat moet deze termijn bevestigen.</translation>
    </message>
    <message>
        <source>How it was counted:</source>
        <translation>Zo is het geteld:</translation>
    </message>
    <message>
        <source>Edit my dates in My case</source>
        <translation>Mijn datums aanpassen in Mijn zaak</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Binnenkort</translation>
    </message>
    <message>
        <source>No deadlines or appointments from today on.</source>
        <translation>Geen termijnen of afspraken vanaf vandaag.</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Termijn: %1</translation>
    </message>
    <message>
        <source>Ask your lawyer at once</source>
        <translation>Vraag je advocaat meteen</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation>Toevoegen aan je agenda</translation>
    </message>
    <message>
        <source>Save your deadlines and appointments as a calendar file (.ics) that calendar apps can import. The file is not encrypted: anyone who opens it can read it.</source>
        <translation>Sla je termijnen en afspraken op als agendabestand (.ics). Agenda-apps kunnen dit bestand importeren. Het bestand is niet versleuteld: iedereen die het opent, kan het lezen.</translation>
    </message>
    <message>
        <source>Type where to save it, for example %1</source>
        <translation>Typ waar je het bestand wilt opslaan, bijvoorbeeld %1</translation>
    </message>
    <message>
        <source>Where to save the calendar file</source>
        <translation>Plek voor het agendabestand</translation>
    </message>
    <message>
        <source>Write only &quot;Deadline&quot; and &quot;Appointment&quot;, without details, so a locked phone shows nothing about your case</source>
        <translation>Schrijf alleen “Termijn” en “Afspraak”, zonder details, zodat een vergrendelde telefoon niets over je zaak laat zien</translation>
    </message>
    <message>
        <source>Save calendar file</source>
        <translation>Agendabestand opslaan</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Save the steps of this procedure as a PDF file in the language you are reading, with the time limits, the sources and the date it was checked. Print it or give it to someone. It holds nothing from your notes and none of your own dates.</source>
        <translation>Sla de stappen van deze procedure op als pdf-bestand in de taal waarin je leest, met de termijnen, de bronnen en de datum van de laatste controle. Druk het af of geef het aan iemand. Er staat niets uit je notities in, en ook geen datums van jezelf.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There is no information on this topic yet.</source>
        <translation>Er is nog geen informatie over dit onderwerp.</translation>
    </message>
</context>
<context>
    <name>VaultLockedNotice</name>
    <message>
        <source>You have no private notes on this phone yet.</source>
        <translation>Je hebt nog geen privénotities op deze telefoon.</translation>
    </message>
    <message>
        <source>Unlock your notes first</source>
        <translation>Ontgrendel eerst je notities</translation>
    </message>
    <message>
        <source>Go to My notes</source>
        <translation>Naar Mijn notities</translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <source>My notes</source>
        <translation>Mijn notities</translation>
    </message>
    <message>
        <source>Your notes are locked.</source>
        <translation>Je notities zijn vergrendeld.</translation>
    </message>
    <message>
        <source>Your notes are open.</source>
        <translation>Je notities zijn open.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Lock my notes</source>
        <translation>Mijn notities vergrendelen</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Snel sluiten</translation>
    </message>
    <message>
        <source>Quick exit: lock my notes and close the app at once</source>
        <translation>Snel sluiten: mijn notities vergrendelen en de app meteen sluiten</translation>
    </message>
    <message>
        <source>Your passphrase is too short. Use at least %1 characters.</source>
        <translation>Je wachtwoordzin is te kort. Gebruik minstens %1 tekens.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>De twee wachtwoordzinnen zijn niet hetzelfde. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Privénotities</translation>
    </message>
    <message>
        <source>Keep private notes about your case. They are locked with a passphrase and stored only on this device, encrypted.</source>
        <translation>Maak privénotities over je zaak. Ze zijn vergrendeld met een wachtwoordzin. Ze worden versleuteld en alleen op dit apparaat bewaard.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters. A PIN of %1 or more digits works, but a longer passphrase is safer. Do not use your date of birth or your V-number.</source>
        <translation>Kies een wachtwoordzin van minstens %1 tekens. Een pincode van %1 of meer cijfers kan ook, maar een langere wachtwoordzin is veiliger. Gebruik niet je geboortedatum of je V-nummer.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Typ de wachtwoordzin nog een keer</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Maken</translation>
    </message>
    <message>
        <source>Create my private notes</source>
        <translation>Mijn privénotities maken</translation>
    </message>
    <message>
        <source>Making your vault safe. This takes a few seconds.</source>
        <translation>Je notities worden beveiligd. Dit duurt een paar seconden.</translation>
    </message>
    <message>
        <source>I have a backup from another phone</source>
        <translation>Ik heb een back-up van een andere telefoon</translation>
    </message>
    <message>
        <source>Type where the backup file is, for example %1, and the passphrase or recovery key that opens it.</source>
        <translation>Typ waar het back-upbestand staat, bijvoorbeeld %1, en de wachtwoordzin of herstelsleutel waarmee het opengaat.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Back-upbestand</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Wachtwoordzin of herstelsleutel</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Typ het volledige pad naar het bestand. Het begint met /.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Je herstelsleutel</translation>
    </message>
    <message>
        <source>Write this recovery key on paper and keep it somewhere safe. If you forget your passphrase, it is the only way to open your notes. It will not be shown again.</source>
        <translation>Schrijf deze herstelsleutel op papier en bewaar het papier op een veilige plek. Ben je je wachtwoordzin vergeten? Dan kun je je notities alleen met deze sleutel openen. Je ziet de sleutel maar één keer.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>I wrote it down</source>
        <translation>Ik heb de sleutel opgeschreven</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Open your notes</source>
        <translation>Je notities openen</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you made your notes. Spaces and dashes do not matter.</source>
        <translation>Typ de herstelsleutel die je hebt opgeschreven toen je je notities maakte. Spaties en streepjes maken niet uit.</translation>
    </message>
    <message>
        <source>Type your passphrase to open your notes.</source>
        <translation>Typ je wachtwoordzin om je notities te openen.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Unlock my notes</source>
        <translation>Mijn notities ontgrendelen</translation>
    </message>
    <message>
        <source>Opening your notes. This takes a few seconds.</source>
        <translation>Je notities worden geopend. Dit duurt een paar seconden.</translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation>Herstelsleutel gebruiken</translation>
    </message>
    <message>
        <source>After your notes are open, choose a new passphrase in Vault settings.</source>
        <translation>Zijn je notities open? Kies dan een nieuwe wachtwoordzin bij Notitie-instellingen.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <source>My case</source>
        <translation>Mijn zaak</translation>
    </message>
    <message>
        <source>My case: V-number, case worker, lawyer and procedure</source>
        <translation>Mijn zaak: V-nummer, contactpersoon, advocaat en procedure</translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation>Notitie-instellingen</translation>
    </message>
    <message>
        <source>Search your notes</source>
        <translation>Zoek in je notities</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>No notes yet. Write down what happened at your interview, names, dates, questions for your lawyer.</source>
        <translation>Nog geen notities. Schrijf op wat er gebeurde bij je gehoor, en namen, datums en vragen voor je advocaat.</translation>
    </message>
    <message>
        <source>No notes contain “%1”.</source>
        <translation>Er zijn geen notities met “%1”.</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>Notitie zonder titel</translation>
    </message>
    <message>
        <source>Changed %1 · %2</source>
        <translation>Gewijzigd op %1 · %2</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Gewijzigd op %1</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Mijn documenten</translation>
    </message>
    <message>
        <source>My documents: photos and PDFs of letters</source>
        <translation>Mijn documenten: foto&apos;s en pdf&apos;s van brieven</translation>
    </message>
</context>
<context>
    <name>VaultSettingsPage</name>
    <message>
        <source>Vault settings</source>
        <translation>Notitie-instellingen</translation>
    </message>
    <message>
        <source>Working on your vault. This can take a few seconds.</source>
        <translation>Bezig met je notities. Dit kan een paar seconden duren.</translation>
    </message>
    <message>
        <source>Your passphrase is too short. Use at least %1 characters.</source>
        <translation>Je wachtwoordzin is te kort. Gebruik minstens %1 tekens.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>De twee wachtwoordzinnen zijn niet hetzelfde. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Typ het volledige pad naar het bestand. Het begint met /.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>Your notes stay as they are. Your recovery key keeps working.</source>
        <translation>Je notities blijven zoals ze zijn. Je herstelsleutel blijft werken.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Typ de nieuwe wachtwoordzin nog een keer</translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a few seconds.</source>
        <translation>Je wachtwoordzin wordt gewijzigd. Dit duurt een paar seconden.</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Automatisch vergrendelen</translation>
    </message>
    <message>
        <source>Your notes lock when you leave the app, and after this many minutes without use:</source>
        <translation>Je notities worden vergrendeld als je de app verlaat, en na dit aantal minuten zonder gebruik:</translation>
    </message>
    <message>
        <source>Minutes without use before your notes lock</source>
        <translation>Aantal minuten zonder gebruik voordat je notities worden vergrendeld</translation>
    </message>
    <message numerus="yes">
        <source>minutes</source>
        <translation>
            <numerusform>minuut</numerusform>
            <numerusform>minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Een back-up opslaan</translation>
    </message>
    <message>
        <source>A backup is a copy of your vault that stays encrypted. Save it on a memory card or USB stick to move your notes to a new phone. It opens with the passphrase you have now, or with your recovery key.</source>
        <translation>Een back-up is een kopie van je notities die versleuteld blijft. Sla de back-up op een geheugenkaart of usb-stick op om je notities naar een nieuwe telefoon over te zetten. Je opent de back-up met je wachtwoordzin van nu, of met je herstelsleutel.</translation>
    </message>
    <message>
        <source>Type where to save it, for example %1</source>
        <translation>Typ waar je de back-up wilt opslaan, bijvoorbeeld %1</translation>
    </message>
    <message>
        <source>Where to save the backup</source>
        <translation>Plek voor de back-up</translation>
    </message>
    <message>
        <source>Save backup</source>
        <translation>Back-up opslaan</translation>
    </message>
    <message>
        <source>Saving the backup.</source>
        <translation>De back-up wordt opgeslagen.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <source>Restoring a backup replaces the notes on this phone with the notes in the backup. Type where the backup file is, and the passphrase or recovery key that opens it.</source>
        <translation>Als je een back-up terugzet, komen de notities uit de back-up in de plaats van de notities op deze telefoon. Typ waar het back-upbestand staat, en de wachtwoordzin of herstelsleutel waarmee het opengaat.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Back-upbestand</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Wachtwoordzin of herstelsleutel</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Delete my vault</source>
        <translation>Mijn notities verwijderen</translation>
    </message>
    <message>
        <source>Deletes all your notes and case details from this phone.</source>
        <translation>Verwijdert al je notities en de gegevens van je zaak van deze telefoon.</translation>
    </message>
    <message>
        <source>Replace your notes?</source>
        <translation>Je notities vervangen?</translation>
    </message>
    <message>
        <source>The notes and case details on this phone will be replaced by those in the backup. You cannot undo this.</source>
        <translation>De notities en de gegevens van je zaak op deze telefoon worden vervangen door die uit de back-up. Je kunt dit niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>VERWIJDEREN</translation>
    </message>
    <message>
        <source>Delete your vault?</source>
        <translation>Al je notities verwijderen?</translation>
    </message>
    <message>
        <source>All your notes and case details will be deleted from this phone. This cannot be undone, not even with the recovery key. Backups you saved somewhere else are not deleted.</source>
        <translation>Al je notities en de gegevens van je zaak worden van deze telefoon verwijderd. Je kunt dit niet ongedaan maken, ook niet met de herstelsleutel. Back-ups die je ergens anders hebt opgeslagen, worden niet verwijderd.</translation>
    </message>
    <message>
        <source>To confirm, type %1</source>
        <translation>Typ %1 om te bevestigen</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Typ %1 om te bevestigen</translation>
    </message>
    <message>
        <source>Keep my vault</source>
        <translation>Notities houden</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Definitief verwijderen</translation>
    </message>
    <message>
        <source>Your vault was deleted from this phone.</source>
        <translation>Je notities zijn van deze telefoon verwijderd.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>While your notes are open, the app reminds you of your deadlines 7 days, 2 days and 1 day before and on the last day, and of your appointments 1 day and 2 hours before. While your notes are locked, there are no reminders. Your reminders are also listed under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</source>
        <translation>Als je notities open zijn, herinnert de app je aan je termijnen: 7 dagen, 2 dagen en 1 dag van tevoren, en op de laatste dag. En aan je afspraken: 1 dag en 2 uur van tevoren. Als je notities vergrendeld zijn, zijn er geen herinneringen. Je herinneringen staan ook onder “Binnenkort” op de pagina “Je procedure”.</translation>
    </message>
    <message>
        <source>Show details in reminders</source>
        <translation>Details tonen in herinneringen</translation>
    </message>
    <message>
        <source>Reminders say which deadline or appointment it is. Anyone who sees your screen, even when it is locked, can read it.</source>
        <translation>Herinneringen zeggen welke termijn of afspraak het is. Iedereen die je scherm ziet, kan dat lezen, ook als het scherm vergrendeld is.</translation>
    </message>
    <message>
        <source>Reminders only say &quot;You have a deadline in 2 days&quot;, not which one, so a locked screen shows nothing about your case.</source>
        <translation>Herinneringen zeggen alleen “Je hebt over 2 dagen een termijn”, niet welke. Zo laat een vergrendeld scherm niets over je zaak zien.</translation>
    </message>
    <message>
        <source>This device did not show a reminder as a notification. You find your reminders under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</source>
        <translation>Dit apparaat heeft een herinnering niet als melding getoond. Je vindt je herinneringen onder “Binnenkort” op de pagina “Je procedure”.</translation>
    </message>
    <message>
        <source>The app remembers which reminders it has shown only until you close it. After a restart, a reminder of the last 24 hours can show once more.</source>
        <translation>De app onthoudt welke herinneringen al getoond zijn, maar alleen tot je de app sluit. Na een herstart kan een herinnering van de afgelopen 24 uur nog een keer verschijnen.</translation>
    </message>
</context>
<context>
    <name>rc::contacts::OpeningHours</name>
    <message>
        <source>Opens today at %1</source>
        <translation>Gaat vandaag open om %1</translation>
    </message>
    <message>
        <source>Opens tomorrow at %1</source>
        <translation>Gaat morgen open om %1</translation>
    </message>
    <message>
        <source>Opens %1 at %2</source>
        <extracomment>%1 is a day (&quot;Monday&quot;) or a date (&quot;Thursday 8 January&quot;), %2 a time (&quot;09:00&quot;)</extracomment>
        <translation>Gaat %1 open om %2</translation>
    </message>
    <message>
        <source>Open now, until midnight</source>
        <translation>Nu open, tot middernacht</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Nu open, tot %1</translation>
    </message>
    <message>
        <source>Open now, until tomorrow at %1</source>
        <translation>Nu open, tot morgen om %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <extracomment>%1 is a day (&quot;Monday&quot;) or a date (&quot;Thursday 8 January&quot;), %2 a time (&quot;09:00&quot;)</extracomment>
        <translation>Nu open, tot %1 om %2</translation>
    </message>
    <message>
        <source>Open 24 hours, every day</source>
        <translation>Elke dag 24 uur open</translation>
    </message>
    <message>
        <source>Not open on any day</source>
        <translation>Op geen enkele dag open</translation>
    </message>
    <message>
        <source>Closed today (public holiday). %1</source>
        <extracomment>%1 says when it opens next, e.g. &quot;Opens tomorrow at 09:00&quot;</extracomment>
        <translation>Vandaag gesloten (feestdag). %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactDetails</name>
    <message>
        <source>Call %1</source>
        <translation>Bel %1</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Bij nood</translation>
    </message>
    <message>
        <source>Only from a Dutch phone number</source>
        <translation>Alleen vanaf een Nederlands telefoonnummer</translation>
    </message>
    <message>
        <source>WhatsApp %1</source>
        <translation>WhatsApp %1</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>Mail %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <source>This organisation is not in the installed information.</source>
        <translation>Deze organisatie staat niet in de geïnstalleerde informatie.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Typ het volledige pad naar het bestand. Het begint met /.</translation>
    </message>
    <message>
        <source>The contact card could not be saved at %1: %2</source>
        <translation>De contactkaart kon niet worden opgeslagen op %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactListModel</name>
    <message>
        <source>Across the Netherlands</source>
        <translation>In heel Nederland</translation>
    </message>
    <message>
        <source>In a region or town</source>
        <translation>In een regio of plaats</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle onderwerpen</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle regio&apos;s</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Alle talen</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactTexts</name>
    <message>
        <source>Legal help</source>
        <translation>Juridische hulp</translation>
    </message>
    <message>
        <source>Support during the procedure</source>
        <translation>Steun tijdens de procedure</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psychische gezondheid</translation>
    </message>
    <message>
        <source>LGBTIQ+</source>
        <translation>LHBTIQ+</translation>
    </message>
    <message>
        <source>Violence against women and girls</source>
        <translation>Geweld tegen vrouwen en meisjes</translation>
    </message>
    <message>
        <source>Human trafficking</source>
        <translation>Mensenhandel</translation>
    </message>
    <message>
        <source>Children on their own</source>
        <translation>Kinderen zonder ouders</translation>
    </message>
    <message>
        <source>Finding family members</source>
        <translation>Familie terugvinden</translation>
    </message>
    <message>
        <source>Going back</source>
        <translation>Terugkeer</translation>
    </message>
    <message>
        <source>Without papers</source>
        <translation>Zonder papieren</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Noodgevallen</translation>
    </message>
    <message>
        <source>Across the Netherlands</source>
        <translation>In heel Nederland</translation>
    </message>
    <message>
        <source>Hours not known: check the website</source>
        <translation>Openingstijden onbekend: kijk op de website</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>Openingstijden onbekend</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContentUpdates</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Download progress, e.g. &quot;120 KB of 300 KB&quot;</extracomment>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>This web address is not valid. Type it like https://example.org/content/.</source>
        <translation>Dit webadres klopt niet. Typ het zo: https://example.org/content/.</translation>
    </message>
    <message>
        <source>Type a web address starting with https://, or the full path of a folder, starting with /.</source>
        <translation>Typ een webadres dat begint met https://, of het volledige pad naar een map. Dat pad begint met /.</translation>
    </message>
    <message>
        <source>This mirror is already in the list.</source>
        <translation>Deze updatebron staat al in de lijst.</translation>
    </message>
    <message>
        <source>Content updates are not available here.</source>
        <translation>Updates van de informatie zijn hier niet beschikbaar.</translation>
    </message>
    <message>
        <source>Add a mirror first: a USB stick or folder with a copy of the information, or the web address your organisation gave you.</source>
        <translation>Voeg eerst een updatebron toe: een usb-stick of map met een kopie van de informatie, of het webadres dat je organisatie je gaf.</translation>
    </message>
    <message>
        <source>The app cannot tell whether this connection costs money, so the web mirrors were not used. Turn off &quot;Only on unmetered networks&quot; to use them anyway.</source>
        <translation>De app kan niet zien of deze verbinding geld kost. Daarom zijn de updatebronnen op internet niet gebruikt. Zet “Alleen op netwerken zonder datalimiet” uit om ze toch te gebruiken.</translation>
    </message>
    <message>
        <source>This device is not connected to a network, so the web mirrors were not used.</source>
        <translation>Dit apparaat heeft geen verbinding met een netwerk. Daarom zijn de updatebronnen op internet niet gebruikt.</translation>
    </message>
    <message>
        <source>This connection may cost money (it is metered), so the web mirrors were not used.</source>
        <translation>Deze verbinding kan geld kosten (er is een datalimiet). Daarom zijn de updatebronnen op internet niet gebruikt.</translation>
    </message>
    <message>
        <source>The information was updated.</source>
        <translation>De informatie is bijgewerkt.</translation>
    </message>
    <message>
        <source>The information is up to date.</source>
        <translation>De informatie is actueel.</translation>
    </message>
    <message>
        <source>This copy of the information is older than what you already have. It was ignored, and nothing changed.</source>
        <translation>Deze kopie van de informatie is ouder dan wat je al hebt. De kopie is niet gebruikt en er is niets veranderd.</translation>
    </message>
    <message>
        <source>A mirror offered older information than what you already have. It was refused, and nothing changed.</source>
        <translation>Een updatebron bood oudere informatie aan dan wat je al hebt. Die informatie is geweigerd en er is niets veranderd.</translation>
    </message>
    <message>
        <source>The information on the mirror has expired: the mirror is no longer kept up to date, or someone is holding back updates. Nothing changed.</source>
        <translation>De informatie op de updatebron is verlopen: de updatebron wordt niet meer bijgehouden, of iemand houdt updates tegen. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The mirror could not be read: it cannot be reached, or it holds no copy of the information. Nothing changed.</source>
        <translation>De updatebron kon niet worden gelezen: de app kan de updatebron niet bereiken, of er staat geen kopie van de informatie op. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The information could not be updated on this device. Nothing changed.</source>
        <translation>De informatie kon op dit apparaat niet worden bijgewerkt. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The information on the mirror is not correctly signed by your distributor. It was refused, and nothing changed.</source>
        <translation>De informatie op de updatebron is niet goed ondertekend door de organisatie die je de app gaf. De informatie is geweigerd en er is niets veranderd.</translation>
    </message>
    <message>
        <source>This copy is older than its signatures allow, but nothing in it is older than what you had, so it was used.</source>
        <translation>Deze kopie is ouder dan de handtekeningen toestaan. Maar niets erin is ouder dan wat je al had. Daarom is de kopie gebruikt.</translation>
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
        <translation>Er staat geen bestand op %1.</translation>
    </message>
    <message>
        <source>Only photos and PDF files can be kept here.</source>
        <translation>Je kunt hier alleen foto&apos;s en pdf-bestanden bewaren.</translation>
    </message>
</context>
<context>
    <name>rc::ui::Handout</name>
    <message>
        <source>No content is installed, so there is nothing to print.</source>
        <translation>Er is geen informatie geïnstalleerd. Daarom is er niets om af te drukken.</translation>
    </message>
    <message>
        <source>This article is not installed. Update the content and try again.</source>
        <translation>Dit artikel is niet geïnstalleerd. Werk de informatie bij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This procedure is not installed. Update the content and try again.</source>
        <translation>Deze procedure is niet geïnstalleerd. Werk de informatie bij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>Wie er zijn</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Hoe lang het duurt</translation>
    </message>
    <message>
        <source>What to prepare</source>
        <translation>Wat je moet voorbereiden</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Je rechten</translation>
    </message>
    <message>
        <source>Time limit: %1. Ask your lawyer at once how much time you have.</source>
        <translation>Termijn: %1. Vraag je advocaat meteen hoeveel tijd je hebt.</translation>
    </message>
    <message>
        <source>Time limit: %1, %2.</source>
        <translation>Termijn: %1, %2.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Wettelijke basis: %1</translation>
    </message>
    <message>
        <source>This contact is not installed. Update the content and try again.</source>
        <translation>Dit contact is niet geïnstalleerd. Werk de informatie bij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Openingstijden:</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Only from a Dutch phone number</source>
        <translation>Alleen vanaf een Nederlands telefoonnummer</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Typ het volledige pad naar het bestand. Het begint met /.</translation>
    </message>
    <message>
        <source>%1 is a folder. Type a file name at the end, for example handout.pdf.</source>
        <translation>%1 is een map. Typ aan het eind een bestandsnaam, bijvoorbeeld handout.pdf.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that exists, or create it first.</source>
        <translation>De map %1 bestaat niet. Kies een map die bestaat, of maak de map eerst.</translation>
    </message>
    <message>
        <source>Scan to get %1 and read more in the app:</source>
        <translation>Scan om %1 te krijgen en meer te lezen in de app:</translation>
    </message>
    <message>
        <source>Scan to open the source on a phone:</source>
        <translation>Scan om de bron op een telefoon te openen:</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>Nog niet vertaald naar %1. Je leest de tekst in %2.</translation>
    </message>
    <message>
        <source>Machine translation, not yet checked by a person</source>
        <translation>Vertaald door een computer, nog niet gecontroleerd door een mens</translation>
    </message>
    <message>
        <source>This translation may be out of date</source>
        <translation>Deze vertaling is misschien niet meer actueel</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>De wet hierover verandert. Vraag je advocaat of VluchtelingenWerk wat voor jou geldt.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Laatst gecontroleerd: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Afgedrukt: %1</translation>
    </message>
    <message>
        <source>Could not save the handout to %1: %2</source>
        <translation>De pdf kon niet worden opgeslagen op %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::KioskController</name>
    <message>
        <source>Leave kiosk mode before you change the PIN.</source>
        <translation>Stop de gedeelde-laptopmodus voordat je de pincode wijzigt.</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation>De pincode moet %1 tot %2 cijfers hebben.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>De twee pincodes zijn niet hetzelfde. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>The PIN could not be stored. Close other apps and try again.</source>
        <translation>De pincode kon niet worden opgeslagen. Sluit andere apps en probeer het opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Te vaak een verkeerde pincode. Wacht %n seconde en probeer het dan opnieuw.</numerusform>
            <numerusform>Te vaak een verkeerde pincode. Wacht %n seconden en probeer het dan opnieuw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Die pincode klopt niet. Wacht %n seconde en probeer het dan opnieuw.</numerusform>
            <numerusform>Die pincode klopt niet. Wacht %n seconden en probeer het dan opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Die pincode klopt niet.</translation>
    </message>
</context>
<context>
    <name>rc::ui::LanShareController</name>
    <message>
        <source>Sharing stops by itself in %1.</source>
        <extracomment>%1 is minutes and seconds, e.g. 29:59</extracomment>
        <translation>Het delen stopt vanzelf over %1.</translation>
    </message>
    <message>
        <source>This computer does not seem to be connected to a local network (Wi-Fi or cable). Connect it to the same network as the phones, then stop and start sharing again.</source>
        <translation>Deze computer lijkt niet verbonden met een lokaal netwerk (wifi of kabel). Verbind de computer met hetzelfde netwerk als de telefoons. Stop daarna het delen en start het opnieuw.</translation>
    </message>
    <message>
        <source>Sharing stopped by itself. Start it again if more phones need the information.</source>
        <translation>Het delen is vanzelf gestopt. Start het opnieuw als meer telefoons de informatie nodig hebben.</translation>
    </message>
    <message>
        <source>Sharing stopped.</source>
        <translation>Het delen is gestopt.</translation>
    </message>
</context>
<context>
    <name>rc::ui::LanguageController</name>
    <message>
        <source>This language is not known to the app.</source>
        <translation>Deze taal kent de app niet.</translation>
    </message>
    <message>
        <source>The interface is not available in %1 on this device. It is shown in %2.</source>
        <extracomment>%1 is the name of a language in that language, e.g. &quot;Nederlands&quot;.</extracomment>
        <translation>De app is op dit apparaat niet beschikbaar in %1. Je ziet de app in %2.</translation>
    </message>
    <message>
        <source>Gregorian calendar</source>
        <translation>Gregoriaanse kalender</translation>
    </message>
    <message>
        <source>Solar Hijri calendar</source>
        <translation>Perzische zonnekalender</translation>
    </message>
    <message>
        <source>Ethiopian calendar</source>
        <translation>Ethiopische kalender</translation>
    </message>
</context>
<context>
    <name>rc::ui::MyDeadlinesModel</name>
    <message>
        <source>Deadlines cannot be counted: the deadline data of this app is damaged (%1). Ask your lawyer for every deadline.</source>
        <translation>Termijnen kunnen niet worden geteld: de gegevens over termijnen in deze app zijn beschadigd (%1). Vraag je advocaat naar elke termijn.</translation>
    </message>
    <message>
        <source>Registration (asylum application)</source>
        <translation>Aanmelding (asielaanvraag)</translation>
    </message>
    <message>
        <source>Detailed interview</source>
        <translation>Nader gehoor</translation>
    </message>
    <message>
        <source>Intention to reject received</source>
        <translation>Voornemen tot afwijzing ontvangen</translation>
    </message>
    <message>
        <source>View on the intention sent</source>
        <translation>Zienswijze verstuurd</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>Beschikking verstuurd</translation>
    </message>
    <message>
        <source>Residence permit granted</source>
        <translation>Verblijfsvergunning gekregen</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>In beroep gegaan</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Zitting bij de rechtbank</translation>
    </message>
    <message>
        <source>Open your notes first.</source>
        <translation>Open eerst je notities.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Typ het volledige pad naar het bestand. Het begint met /.</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>Laatste dag: %1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Appointment at %1</source>
        <extracomment>%1 is a time of day, e.g. 14:30</extracomment>
        <translation>Afspraak om %1</translation>
    </message>
    <message>
        <source>Counted from %1 (%2).</source>
        <translation>Geteld vanaf %1 (%2).</translation>
    </message>
    <message>
        <source>A lawyer must confirm this deadline.</source>
        <translation>Een advocaat moet deze termijn bevestigen.</translation>
    </message>
    <message>
        <source>There is nothing to export: no deadlines or appointments from today on.</source>
        <translation>Er is niets om te exporteren: er zijn geen termijnen of afspraken vanaf vandaag.</translation>
    </message>
    <message>
        <source>The calendar could not be made: %1</source>
        <translation>De agenda kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>The calendar could not be saved at %1: %2</source>
        <translation>De agenda kon niet worden opgeslagen op %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReadAloud</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Sentence %1 of %2</source>
        <translation>Zin %1 van %2</translation>
    </message>
    <message>
        <source>The device&apos;s voice stopped with an error: %1</source>
        <translation>De stem van het apparaat is gestopt door een fout: %1</translation>
    </message>
    <message>
        <source>The recording of this article could not be read.</source>
        <translation>De opname van dit artikel kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The recording cannot be played on this device: %1</source>
        <translation>De opname kan op dit apparaat niet worden afgespeeld: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReminderScheduler</name>
    <message>
        <source>You have a deadline today</source>
        <translation>Je hebt vandaag een termijn</translation>
    </message>
    <message>
        <source>You have a deadline tomorrow</source>
        <translation>Je hebt morgen een termijn</translation>
    </message>
    <message numerus="yes">
        <source>You have a deadline in %n days</source>
        <extracomment>Reminder on a locked screen: it must not say which deadline. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>Je hebt over %n dag een termijn</numerusform>
            <numerusform>Je hebt over %n dagen een termijn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have an appointment in %n days</source>
        <extracomment>Reminder on a locked screen: it must not say which appointment. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>Je hebt over %n dag een afspraak</numerusform>
            <numerusform>Je hebt over %n dagen een afspraak</numerusform>
        </translation>
    </message>
    <message>
        <source>You have an appointment tomorrow</source>
        <translation>Je hebt morgen een afspraak</translation>
    </message>
    <message numerus="yes">
        <source>You have an appointment in %n hours</source>
        <extracomment>Reminder on a locked screen. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>Je hebt over %n uur een afspraak</numerusform>
            <numerusform>Je hebt over %n uur een afspraak</numerusform>
        </translation>
    </message>
    <message>
        <source>You have an appointment in less than 2 hours</source>
        <translation>Je hebt over minder dan 2 uur een afspraak</translation>
    </message>
    <message numerus="yes">
        <source>You have %n deadlines this week</source>
        <extracomment>One notification for several reminders the app could not show while the vault was locked. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>Je hebt deze week %n termijn</numerusform>
            <numerusform>Je hebt deze week %n termijnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n appointments this week</source>
        <extracomment>%n is 2 or more.</extracomment>
        <translation>
            <numerusform>Je hebt deze week %n afspraak</numerusform>
            <numerusform>Je hebt deze week %n afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n deadlines and appointments this week</source>
        <extracomment>%n (the deadlines and appointments together) is 2 or more.</extracomment>
        <translation>
            <numerusform>Je hebt deze week %n termijn of afspraak</numerusform>
            <numerusform>Je hebt deze week %n termijnen en afspraken</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: last day %2</source>
        <extracomment>%1 is what the deadline is for (e.g. Appeal to the court), %2 its last day.</extracomment>
        <translation>%1: laatste dag %2</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <extracomment>%1 is the appointment&apos;s title, %2 its day, %3 its time.</extracomment>
        <translation>%1: %2 om %3</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
</context>
<context>
    <name>rc::ui::VaultController</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Gebruik minstens %n teken.</numerusform>
            <numerusform>Gebruik minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>De twee wachtwoordzinnen zijn niet hetzelfde. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>This is not a recovery key. It has 32 letters and digits in groups of four.</source>
        <translation>Dit is geen herstelsleutel. Een herstelsleutel heeft 32 letters en cijfers, in groepjes van vier.</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Your recovery key still works.</source>
        <translation>Je wachtwoordzin is gewijzigd. Je herstelsleutel werkt nog steeds.</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Kies waar je de back-up wilt opslaan.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Back-up teruggezet.</translation>
    </message>
    <message>
        <source>The vault file could not be deleted. Try again, or delete the app&apos;s data.</source>
        <translation>Het bestand met je notities kon niet worden verwijderd. Probeer het opnieuw, of wis de gegevens van de app.</translation>
    </message>
    <message>
        <source>Your vault was deleted.</source>
        <translation>Je notities zijn verwijderd.</translation>
    </message>
    <message>
        <source>Backup saved, with your documents. It opens with your passphrase or your recovery key.</source>
        <translation>Back-up opgeslagen, met je documenten. Je opent de back-up met je wachtwoordzin of je herstelsleutel.</translation>
    </message>
</context>
<context>
    <name>rc::ui::VaultRecordsModel</name>
    <message>
        <source>Choose what happened on this date.</source>
        <translation>Kies wat er op deze datum is gebeurd.</translation>
    </message>
    <message>
        <source>This date does not exist. Check the day and the month.</source>
        <translation>Deze datum bestaat niet. Controleer de dag en de maand.</translation>
    </message>
    <message>
        <source>Give the appointment a name, for example &quot;Lawyer&quot;.</source>
        <translation>Geef de afspraak een naam, bijvoorbeeld &quot;Advocaat&quot;.</translation>
    </message>
    <message>
        <source>Write the person&apos;s or the organisation&apos;s name.</source>
        <translation>Schrijf de naam van de persoon of de organisatie.</translation>
    </message>
    <message>
        <source>This could not be saved. Try again.</source>
        <translation>Dit kon niet worden opgeslagen. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>rc::vault</name>
    <message>
        <source>Your private notes were not found on this phone.</source>
        <translation>Je privénotities zijn niet gevonden op deze telefoon.</translation>
    </message>
    <message>
        <source>This file does not hold Rights Companion notes. Nothing was changed.</source>
        <translation>In dit bestand staan geen notities van Rights Companion. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer version of Rights Companion. Update the app to open them. Your notes were not changed.</source>
        <translation>Je notities zijn opgeslagen met een nieuwere versie van Rights Companion. Update de app om ze te openen. Je notities zijn niet veranderd.</translation>
    </message>
    <message>
        <source>This file was changed or damaged, so it cannot be opened. Your notes were not changed.</source>
        <translation>Dit bestand is veranderd of beschadigd. Daarom kan het niet worden geopend. Je notities zijn niet veranderd.</translation>
    </message>
    <message>
        <source>The passphrase or recovery key is not right. Check it and try again.</source>
        <translation>De wachtwoordzin of herstelsleutel klopt niet. Controleer wat je hebt getypt en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This phone does not have enough free memory right now. Close other apps and try again. Your notes were not changed.</source>
        <translation>Deze telefoon heeft nu niet genoeg vrij geheugen. Sluit andere apps en probeer het opnieuw. Je notities zijn niet veranderd.</translation>
    </message>
    <message>
        <source>The phone&apos;s storage could not be read or written (it may be full). The last saved copy of your notes was kept.</source>
        <translation>De opslag van de telefoon kon niet worden gelezen of beschreven (misschien is de opslag vol). De laatst opgeslagen versie van je notities is bewaard.</translation>
    </message>
    <message>
        <source>This document is too large for Rights Companion to keep or show. Nothing was changed.</source>
        <translation>Dit document is te groot om in Rights Companion te bewaren of te tonen. Er is niets veranderd.</translation>
    </message>
</context>
</TS>
