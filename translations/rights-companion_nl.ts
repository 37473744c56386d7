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
    <name>TopicPage</name>
    <message>
        <source>There is no information on this topic yet.</source>
        <translation>Er is nog geen informatie over dit onderwerp.</translation>
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
</context>
</TS>
