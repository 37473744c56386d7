<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ArticlePage</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Save this article as a PDF file in the language you are reading, with its sources, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</source>
        <translation>Enregistrez cet article dans un fichier PDF, dans la langue que vous lisez, avec ses sources, la date de sa vérification et un code QR. Imprimez-le ou donnez-le à quelqu&apos;un. Il ne contient rien de vos notes.</translation>
    </message>
    <message>
        <source>Listen to this article</source>
        <translation>Écouter cet article</translation>
    </message>
    <message>
        <source>A recorded reading in %1.</source>
        <translation>Une lecture enregistrée en %1.</translation>
    </message>
    <message>
        <source>Read by your device&apos;s voice in %1. It may say some words wrongly.</source>
        <translation>Lu par la voix de votre appareil, en %1. Elle peut mal prononcer certains mots.</translation>
    </message>
    <message>
        <source>There is no recording of this article in %1, and this device has no voice for %1.</source>
        <translation>Il n&apos;y a pas d&apos;enregistrement audio de cet article en %1, et cet appareil n&apos;a pas de voix en %1.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Plus lent</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>Vitesse normale</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Plus rapide</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>Beaucoup plus rapide</translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation>Vitesse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Position&#xa0;: %1</translation>
    </message>
    <message>
        <source>Listen in English</source>
        <translation>Écouter en anglais</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>This article is not available. It may have been removed in a content update.</source>
        <translation>Cet article n&apos;est pas disponible. Il a peut-être été retiré lors d&apos;une mise à jour des informations.</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Dernière vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the English text.</source>
        <translation>Pas encore traduit en %1. Vous lisez le texte en anglais.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>Pas encore traduit en %1. Vous lisez le texte en %2.</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>La loi sur ce sujet est en train de changer. Demandez à votre avocat ou à VluchtelingenWerk ce qui est valable pour vous.</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>Ce qui change</translation>
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
        <translation>Cette organisation n&apos;est pas dans les informations installées. Elle a peut-être été retirée lors d&apos;une mise à jour des informations.</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Horaires d&apos;ouverture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copier l&apos;adresse</translation>
    </message>
    <message>
        <source>Copy the e-mail address</source>
        <translation>Copier l&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>Copy the number %1</source>
        <translation>Copier le numéro %1</translation>
    </message>
    <message>
        <source>Give this contact to a phone</source>
        <translation>Mettre ce contact sur un téléphone</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera to save the contact.</source>
        <translation>Scannez ce code avec l&apos;appareil photo du téléphone pour enregistrer le contact.</translation>
    </message>
    <message>
        <source>QR code of the contact %1</source>
        <translation>Code QR du contact %1</translation>
    </message>
    <message>
        <source>Where to save the contact card (.vcf)</source>
        <translation>Où enregistrer la fiche de contact (.vcf)</translation>
    </message>
    <message>
        <source>Save contact card</source>
        <translation>Enregistrer la fiche de contact</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Tapez le chemin complet du fichier. Il commence par /.</translation>
    </message>
    <message>
        <source>Contact card saved.</source>
        <translation>Fiche de contact enregistrée.</translation>
    </message>
    <message>
        <source>They are not known to speak your language. They speak: %1.</source>
        <translation>À notre connaissance, ils ne parlent pas votre langue. Ils parlent&#xa0;: %1.</translation>
    </message>
    <message>
        <source>We do not know which languages they speak.</source>
        <translation>Nous ne savons pas quelles langues ils parlent.</translation>
    </message>
    <message>
        <source>You can ask whether they can arrange an interpreter (in Dutch: tolk).</source>
        <translation>Vous pouvez demander s&apos;ils peuvent trouver un interprète (en néerlandais&#xa0;: tolk).</translation>
    </message>
    <message>
        <source>Languages they speak: %1</source>
        <translation>Langues parlées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Où&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Dernière vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Added to your contacts in My case.</source>
        <translation>Ajouté à vos contacts dans Mon dossier.</translation>
    </message>
    <message>
        <source>Keep in My case</source>
        <translation>Garder dans Mon dossier</translation>
    </message>
    <message>
        <source>Open your notes to keep this organisation among your own contacts, with a note of your own.</source>
        <translation>Ouvrez vos notes pour garder cette organisation dans vos propres contacts, avec une note à vous.</translation>
    </message>
    <message>
        <source>A note for yourself (optional)</source>
        <translation>Une note pour vous (pas obligatoire)</translation>
    </message>
    <message>
        <source>Add to my contacts</source>
        <translation>Ajouter à mes contacts</translation>
    </message>
    <message>
        <source>Save how to reach this organisation as a PDF file in the language you are reading, with the opening hours, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</source>
        <translation>Enregistrez les coordonnées de cette organisation dans un fichier PDF, dans la langue que vous lisez, avec les horaires d&apos;ouverture, la date de leur vérification et un code QR. Imprimez-le ou donnez-le à quelqu&apos;un. Il ne contient rien de vos notes.</translation>
    </message>
</context>
<context>
    <name>ContentUpdatesPage</name>
    <message>
        <source>Content updates</source>
        <translation>Mises à jour des informations</translation>
    </message>
    <message>
        <source>Content updates are not available here.</source>
        <translation>Les mises à jour des informations ne sont pas disponibles ici.</translation>
    </message>
    <message>
        <source>Content as of %1</source>
        <translation>Informations à la date du %1</translation>
    </message>
    <message>
        <source>No information is installed yet.</source>
        <translation>Aucune information n&apos;est encore installée.</translation>
    </message>
    <message>
        <source>This information may be out of date: your organisation expected you to have newer information by now. Check for updates when you can.</source>
        <translation>Ces informations ne sont peut-être plus à jour&#xa0;: votre organisation pensait que vous auriez déjà des informations plus récentes. Cherchez des mises à jour quand vous pouvez.</translation>
    </message>
    <message>
        <source>Last check: %1</source>
        <translation>Dernière vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not checked for updates yet.</source>
        <translation>Pas encore de recherche de mises à jour.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Add a mirror below to check for updates.</source>
        <translation>Ajoutez une source de mise à jour ci-dessous pour chercher des mises à jour.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Checking the mirrors…</source>
        <translation>Vérification des sources de mise à jour…</translation>
    </message>
    <message>
        <source>Mirrors</source>
        <translation>Sources de mise à jour</translation>
    </message>
    <message>
        <source>Places to get updates from, tried in order: a USB stick or a folder with a copy, or a web address your organisation gave you. Whatever a mirror offers is used only if your distributor signed it.</source>
        <translation>Les endroits où l&apos;application cherche les mises à jour. Elle les essaie dans l&apos;ordre de la liste. Ce peut être une clé USB ou un dossier avec une copie, ou une adresse web que votre organisation vous a donnée. Ce qu&apos;une source propose est utilisé seulement si l&apos;organisation qui vous a donné l&apos;application l&apos;a signé.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the mirror %1</source>
        <translation>Supprimer la source de mise à jour %1</translation>
    </message>
    <message>
        <source>https://… or /media/usb-stick</source>
        <translation>https://… ou /media/usb-stick</translation>
    </message>
    <message>
        <source>New mirror</source>
        <translation>Nouvelle source de mise à jour</translation>
    </message>
    <message>
        <source>Add mirror</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Only on unmetered networks</source>
        <translation>Seulement sur les réseaux non payants à l&apos;usage</translation>
    </message>
    <message>
        <source>This device is not connected to a network now.</source>
        <translation>Cet appareil n&apos;est pas connecté à un réseau en ce moment.</translation>
    </message>
    <message>
        <source>This connection is metered: it may cost money.</source>
        <translation>Cette connexion est payante à l&apos;usage&#xa0;: elle peut coûter de l&apos;argent.</translation>
    </message>
    <message>
        <source>This connection is not metered.</source>
        <translation>Cette connexion n&apos;est pas payante à l&apos;usage.</translation>
    </message>
    <message>
        <source>The app cannot tell whether this connection is metered. With this option on, web mirrors are not used; USB sticks and folders always are.</source>
        <translation>L&apos;application ne peut pas savoir si cette connexion est payante à l&apos;usage. Si cette option est activée, les sources sur internet ne sont pas utilisées. Les clés USB et les dossiers sont toujours utilisés.</translation>
    </message>
    <message>
        <source>The app connects to the internet only to reach the web mirrors you add here, and sends nothing about you.</source>
        <translation>L&apos;application se connecte à internet seulement pour joindre les sources sur internet que vous ajoutez ici. Elle n&apos;envoie rien sur vous.</translation>
    </message>
    <message>
        <source>Share with phones nearby</source>
        <translation>Partager avec les téléphones à proximité</translation>
    </message>
    <message>
        <source>Phones on the same network can get the information from this computer. Phones check everything they get against your distributor&apos;s signatures, so sharing cannot change what they accept. Only people on the same network (Wi-Fi or cable) can connect. Sharing stops by itself after 30 minutes.</source>
        <translation>Les téléphones sur le même réseau peuvent recevoir les informations de cet ordinateur. Les téléphones vérifient tout ce qu&apos;ils reçoivent avec les signatures de l&apos;organisation qui vous a donné l&apos;application. Le partage ne peut donc pas changer ce qu&apos;ils acceptent. Seules les personnes sur le même réseau (Wi-Fi ou câble) peuvent se connecter. Le partage s&apos;arrête tout seul après 30 minutes.</translation>
    </message>
    <message>
        <source>This computer shares the information that came with the app. Updates it installed later are not shared.</source>
        <translation>Cet ordinateur partage les informations qui étaient fournies avec l&apos;application. Les mises à jour qu&apos;il a installées ensuite ne sont pas partagées.</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>Commencer le partage</translation>
    </message>
    <message>
        <source>On the phone, open Content updates, add this address as a mirror, and tap Check now:</source>
        <translation>Sur le téléphone, ouvrez Mises à jour des informations, ajoutez cette adresse comme source de mise à jour, puis touchez Vérifier maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>Code QR de l&apos;adresse %1</translation>
    </message>
    <message>
        <source>Files sent so far: %1</source>
        <translation>Fichiers envoyés jusqu&apos;ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Day: %1</source>
        <translation>Jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>Mois&#xa0;: %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>Année&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hour: %1</source>
        <translation>Heure&#xa0;: %1</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Minutes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Find help</source>
        <translation>Trouver de l&apos;aide</translation>
    </message>
    <message>
        <source>Search by name or what they do</source>
        <translation>Chercher par nom ou par ce qu&apos;ils font</translation>
    </message>
    <message>
        <source>Search the organisations</source>
        <translation>Chercher dans les organisations</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Language they speak</source>
        <translation>Langue parlée</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Ouvert maintenant</translation>
    </message>
    <message>
        <source>Show only organisations that are open now</source>
        <translation>Montrer seulement les organisations ouvertes maintenant</translation>
    </message>
    <message>
        <source>Only organisations whose opening hours we know are shown.</source>
        <translation>Seules les organisations dont nous connaissons les horaires sont montrées.</translation>
    </message>
    <message>
        <source>There are no organisations in the installed information yet. A content update can add them.</source>
        <translation>Il n&apos;y a pas encore d&apos;organisations dans les informations installées. Une mise à jour des informations peut les ajouter.</translation>
    </message>
    <message>
        <source>No organisation matches. Try fewer filters or other words.</source>
        <translation>Aucune organisation ne correspond. Essayez avec moins de filtres ou d&apos;autres mots.</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>Mes contacts</translation>
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
        <translation>Ce document n&apos;est pas dans votre coffre.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Delete this document</source>
        <translation>Supprimer ce document</translation>
    </message>
    <message>
        <source>Delete this document?</source>
        <translation>Supprimer ce document&#xa0;?</translation>
    </message>
    <message>
        <source>The app&apos;s copy is deleted for good.</source>
        <translation>La copie gardée par l&apos;application sera supprimée pour toujours.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <translation>Mes documents</translation>
    </message>
    <message>
        <source>Keep photos and PDFs of your letters here, for example from the IND or COA. They are encrypted like your notes. The app keeps its own copy: afterwards you can delete the original file.</source>
        <translation>Gardez ici les photos et les PDF de vos lettres, par exemple de l&apos;IND ou du COA. Ils sont chiffrés (codés), comme vos notes. L&apos;application garde sa propre copie&#xa0;: ensuite, vous pouvez supprimer le fichier original.</translation>
    </message>
    <message>
        <source>Add a photo or PDF</source>
        <translation>Ajouter une photo ou un PDF</translation>
    </message>
    <message>
        <source>File, e.g. /home/me/Downloads/letter.pdf</source>
        <translation>Fichier, par exemple /home/me/Downloads/letter.pdf</translation>
    </message>
    <message>
        <source>File to add</source>
        <translation>Fichier à ajouter</translation>
    </message>
    <message>
        <source>Name, e.g. Letter from the IND, 3 March</source>
        <translation>Nom, par exemple Lettre de l&apos;IND, 3 mars</translation>
    </message>
    <message>
        <source>Name of the document</source>
        <translation>Nom du document</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Pas encore de documents.</translation>
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
        <translation>Lexique</translation>
    </message>
    <message>
        <source>Search for a word</source>
        <translation>Chercher un mot</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Chercher dans le lexique</translation>
    </message>
    <message>
        <source>No word matches “%1”.</source>
        <translation>Aucun mot ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no glossary in the installed information yet.</source>
        <translation>Il n&apos;y a pas encore de lexique dans les informations installées.</translation>
    </message>
</context>
<context>
    <name>HandoutAction</name>
    <message>
        <source>Saved. Open the PDF to print it or pass it on.</source>
        <translation>Enregistré. Ouvrez le PDF pour l&apos;imprimer ou le donner à quelqu&apos;un.</translation>
    </message>
    <message>
        <source>Print or save as PDF</source>
        <translation>Imprimer ou enregistrer en PDF</translation>
    </message>
    <message>
        <source>Where to save the PDF file</source>
        <translation>Où enregistrer le fichier PDF</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
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
        <translation>Une partie des informations n&apos;a pas pu être chargée. L&apos;application marche avec les informations qui sont en bon état.</translation>
    </message>
    <message>
        <source>What do you want to know?</source>
        <translation>Que voulez-vous savoir&#xa0;?</translation>
    </message>
    <message>
        <source>Information as of %1</source>
        <translation>Informations à la date du %1</translation>
    </message>
    <message>
        <source>No information is installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</source>
        <translation>Aucune information n&apos;est encore installée. Installez de nouveau l&apos;application, ou demandez une mise à jour des informations à l&apos;organisation qui vous l&apos;a donnée.</translation>
    </message>
    <message>
        <source>Dutch words you will hear, explained</source>
        <translation>Les mots néerlandais que vous allez entendre, avec leur explication</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Lexique</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Search the information</source>
        <translation>Chercher dans les informations</translation>
    </message>
    <message>
        <source>This information is from %1 and may be out of date.</source>
        <translation>Ces informations datent du %1 et ne sont peut-être plus à jour.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Chercher des mises à jour</translation>
    </message>
    <message>
        <source>The steps, where you are, and your deadlines</source>
        <translation>Les étapes, où vous en êtes, et vos délais</translation>
    </message>
    <message>
        <source>Your procedure</source>
        <translation>Votre procédure</translation>
    </message>
    <message>
        <source>Organisations that can help, and how to reach them</source>
        <translation>Les organisations qui peuvent aider, et comment les joindre</translation>
    </message>
    <message>
        <source>Find help</source>
        <translation>Trouver de l&apos;aide</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Choose the language of the app and of the information.</source>
        <translation>Choisissez la langue de l&apos;application et des informations.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
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
        <translation>La page n&apos;a pas pu être créée.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Choose language</source>
        <translation>Choisir la langue</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Quick exit: lock your notes and close the app</source>
        <translation>Sortie rapide&#xa0;: verrouiller vos notes et fermer l&apos;application</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Volunteer: leave kiosk mode</source>
        <translation>Bénévole&#xa0;: quitter le mode ordinateur partagé</translation>
    </message>
    <message>
        <source>Still there? Touch the screen to continue.</source>
        <translation>Vous êtes toujours là&#xa0;? Touchez l&apos;écran pour continuer.</translation>
    </message>
    <message numerus="yes">
        <source>The app starts over in %n seconds, for the next person.</source>
        <translation>
            <numerusform>L&apos;application recommence au début dans %n seconde, pour la personne suivante.</numerusform>
            <numerusform>L&apos;application recommence au début dans %n secondes, pour la personne suivante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Quitter le mode ordinateur partagé</translation>
    </message>
    <message>
        <source>For volunteers: type the PIN to leave kiosk mode.</source>
        <translation>Pour les bénévoles&#xa0;: tapez le code PIN pour quitter le mode ordinateur partagé.</translation>
    </message>
    <message>
        <source>Volunteer PIN</source>
        <translation>Code PIN des bénévoles</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. You can try again in %n seconds.</source>
        <translation>
            <numerusform>Trop de codes PIN incorrects. Vous pouvez réessayer dans %n seconde.</numerusform>
            <numerusform>Trop de codes PIN incorrects. Vous pouvez réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MyCasePage</name>
    <message>
        <source>My case</source>
        <translation>Mon dossier</translation>
    </message>
    <message>
        <source>The details of your case, in one place. They are kept with your private notes, encrypted, and only you can see them.</source>
        <translation>Les détails de votre dossier, au même endroit. Ils sont gardés avec vos notes privées, chiffrés (codés). Personne d&apos;autre que vous ne peut les voir.</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Your foreigner&apos;s number (V-nummer). You find it on letters from the IND, the Immigration and Naturalisation Service.</source>
        <translation>Votre numéro d&apos;étranger (V-nummer). Vous le trouvez sur les lettres de l&apos;IND, le service de l&apos;immigration et de la naturalisation.</translation>
    </message>
    <message>
        <source>Digits only, e.g. 1234567890</source>
        <translation>Seulement des chiffres, par exemple 1234567890</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Your contact person at the IND, or at the COA, the organisation that runs the reception centres.</source>
        <translation>Votre personne de contact à l&apos;IND, ou au COA, l&apos;organisation qui gère les centres d&apos;accueil.</translation>
    </message>
    <message>
        <source>Name, organisation, phone number</source>
        <translation>Nom, organisation, numéro de téléphone</translation>
    </message>
    <message>
        <source>Case worker at the IND or the COA</source>
        <translation>Personne de contact à l&apos;IND ou au COA</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Avocat</translation>
    </message>
    <message>
        <source>Name, office, phone number</source>
        <translation>Nom, cabinet, numéro de téléphone</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Which asylum procedure you are in. Your lawyer or the letters from the IND can tell you.</source>
        <translation>La procédure d&apos;asile dans laquelle vous êtes. Votre avocat ou les lettres de l&apos;IND peuvent vous le dire.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connue</translation>
    </message>
    <message>
        <source>General asylum procedure (AA)</source>
        <translation>Procédure d&apos;asile générale (AA)</translation>
    </message>
    <message>
        <source>Extended procedure (VA)</source>
        <translation>Procédure prolongée (VA)</translation>
    </message>
    <message>
        <source>Dublin</source>
        <translation>Dublin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Procédure&#xa0;: %1</translation>
    </message>
    <message>
        <source>Registration (asylum application)</source>
        <translation>Enregistrement (demande d&apos;asile)</translation>
    </message>
    <message>
        <source>Detailed interview</source>
        <translation>Entretien détaillé</translation>
    </message>
    <message>
        <source>Intention to reject received</source>
        <translation>Intention de rejet (voornemen) reçue</translation>
    </message>
    <message>
        <source>View on the intention sent</source>
        <translation>Réponse (zienswijze) envoyée</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>Décision envoyée</translation>
    </message>
    <message>
        <source>Residence permit granted</source>
        <translation>Permis de séjour accordé</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>Recours déposé</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Audience au tribunal</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Dates importantes</translation>
    </message>
    <message>
        <source>The dates of your procedure. Deadlines are counted from them, so write them exactly as they are on your letters.</source>
        <translation>Les dates de votre procédure. Les délais sont comptés à partir de ces dates. Écrivez-les donc exactement comme sur vos lettres.</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Ajouter une date</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>Pas encore de rendez-vous.</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>Ajouter un rendez-vous</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Your lawyer, your case worker, your guardian: the people you need to reach.</source>
        <translation>Votre avocat, votre personne de contact, votre tuteur&#xa0;: les personnes que vous devez pouvoir joindre.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>Date importante</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Ce qui s&apos;est passé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (pas obligatoire)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>What, e.g. Meeting with my lawyer</source>
        <translation>Quoi, par exemple Rendez-vous avec mon avocat</translation>
    </message>
    <message>
        <source>What the appointment is</source>
        <translation>Objet du rendez-vous</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>Où (pas obligatoire)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Who they are, e.g. My lawyer</source>
        <translation>Qui est-ce, par exemple Mon avocat</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Qui est-ce</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>See your procedure and deadlines</source>
        <translation>Voir votre procédure et vos délais</translation>
    </message>
</context>
<context>
    <name>NoteEditorPage</name>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>You have no private notes on this phone yet.</source>
        <translation>Vous n&apos;avez pas encore de notes privées sur ce téléphone.</translation>
    </message>
    <message>
        <source>Unlock your notes first</source>
        <translation>Déverrouillez d&apos;abord vos notes</translation>
    </message>
    <message>
        <source>Go to My notes</source>
        <translation>Aller à Mes notes</translation>
    </message>
    <message>
        <source>This note could not be saved. Your text is still here; keep this page open and try again in a moment.</source>
        <translation>Cette note n&apos;a pas pu être enregistrée. Votre texte est toujours là. Laissez cette page ouverte et réessayez dans un moment.</translation>
    </message>
    <message>
        <source>Your last changes could not be saved. Your text is still here; keep this page open and try again in a moment.</source>
        <translation>Vos dernières modifications n&apos;ont pas pu être enregistrées. Votre texte est toujours là. Laissez cette page ouverte et réessayez dans un moment.</translation>
    </message>
    <message>
        <source>This note could not be deleted. Try again in a moment.</source>
        <translation>Cette note n&apos;a pas pu être supprimée. Réessayez dans un moment.</translation>
    </message>
    <message>
        <source>This note is not there any more. It may have been deleted.</source>
        <translation>Cette note n&apos;est plus là. Elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Write your note here</source>
        <translation>Écrivez votre note ici</translation>
    </message>
    <message>
        <source>Tags, e.g. interview, lawyer</source>
        <translation>Mots-clés, par exemple entretien, avocat</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Mots-clés, séparés par des virgules</translation>
    </message>
    <message>
        <source>Your note is kept as soon as you start typing.</source>
        <translation>Votre note est gardée dès que vous commencez à écrire.</translation>
    </message>
    <message>
        <source>Created %1 · Changed %2</source>
        <translation>Créée le %1 · Modifiée le %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation>Supprimer cette note</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>Supprimer cette note&#xa0;?</translation>
    </message>
    <message>
        <source>The note will be deleted from this phone. You cannot undo this.</source>
        <translation>La note sera supprimée de ce téléphone. Vous ne pouvez pas annuler cela.</translation>
    </message>
    <message>
        <source>Keep the note</source>
        <translation>Garder la note</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Search articles and words</source>
        <translation>Chercher des articles et des mots</translation>
    </message>
    <message>
        <source>Search the information</source>
        <translation>Chercher dans les informations</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer or shorter words.</source>
        <translation>Rien trouvé pour «&#xa0;%1&#xa0;». Essayez avec moins de mots, ou des mots plus courts.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Lexique</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>en anglais</translation>
    </message>
    <message>
        <source>Type a word, or the beginning of a word. Articles, Dutch words from the glossary, the steps of the procedures and contacts are searched.</source>
        <translation>Tapez un mot, ou le début d&apos;un mot. La recherche se fait dans les articles, les mots néerlandais du lexique, les étapes des procédures et les contacts.</translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation>Étape de la procédure</translation>
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
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>No information is installed.</source>
        <translation>Aucune information n&apos;est installée.</translation>
    </message>
    <message>
        <source>%1, published by %2. Information as of %3.</source>
        <translation>%1, publié par %2. Informations à la date du %3.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Vie privée</translation>
    </message>
    <message>
        <source>This app works without internet. It does not collect or send any information about you.</source>
        <translation>Cette application marche sans internet. Elle ne collecte et n&apos;envoie aucune information sur vous.</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>Mises à jour des informations</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Today: %1. Deadlines always show the Gregorian date too: it is the date the IND and the courts use.</source>
        <translation>Aujourd&apos;hui&#xa0;: %1. Les délais montrent toujours aussi la date du calendrier grégorien&#xa0;: c&apos;est la date qu&apos;utilisent l&apos;IND et les tribunaux.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Follow the system (%1%)</source>
        <translation>Suivre le système (%1%)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Light or dark</source>
        <translation>Clair ou sombre</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>The volunteer PIN is set.</source>
        <translation>Le code PIN des bénévoles est enregistré.</translation>
    </message>
    <message>
        <source>Shared laptop (kiosk) mode</source>
        <translation>Mode ordinateur partagé (kiosque)</translation>
    </message>
    <message>
        <source>For a laptop that many people use, one after the other. The app fills the screen and starts with the choice of language. Notes are not available and no files are saved. After a time without use, it starts over and forgets what the last person did. A volunteer leaves kiosk mode with a PIN.</source>
        <translation>Pour un ordinateur portable que beaucoup de personnes utilisent, l&apos;une après l&apos;autre. L&apos;application occupe tout l&apos;écran et commence par le choix de la langue. Les notes ne sont pas disponibles et aucun fichier n&apos;est enregistré. Après un moment sans utilisation, l&apos;application recommence au début et oublie ce que la dernière personne a fait. Un bénévole quitte le mode ordinateur partagé avec un code PIN.</translation>
    </message>
    <message>
        <source>Kiosk mode is on. To leave it, a volunteer taps “Volunteer” at the top and types the PIN.</source>
        <translation>Le mode ordinateur partagé est activé. Pour le quitter, un bénévole touche «&#xa0;Bénévole&#xa0;» en haut de l&apos;écran et tape le code PIN.</translation>
    </message>
    <message>
        <source>Kiosk mode was asked for. Start it below.</source>
        <translation>Le mode ordinateur partagé a été demandé. Démarrez-le ci-dessous.</translation>
    </message>
    <message>
        <source>Kiosk mode was asked for, but no volunteer PIN is set. Set a PIN, then start kiosk mode.</source>
        <translation>Le mode ordinateur partagé a été demandé, mais aucun code PIN des bénévoles n&apos;est enregistré. Choisissez un code PIN, puis démarrez le mode ordinateur partagé.</translation>
    </message>
    <message>
        <source>A volunteer PIN is set. You can set a new one.</source>
        <translation>Un code PIN des bénévoles est enregistré. Vous pouvez en choisir un nouveau.</translation>
    </message>
    <message>
        <source>Set a volunteer PIN of 4 to 12 digits, and give it only to volunteers.</source>
        <translation>Choisissez un code PIN des bénévoles de 4 à 12 chiffres. Donnez-le seulement aux bénévoles.</translation>
    </message>
    <message>
        <source>New volunteer PIN (4 to 12 digits)</source>
        <translation>Nouveau code PIN des bénévoles (4 à 12 chiffres)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Le même code PIN encore une fois</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Enregistrer le code PIN</translation>
    </message>
    <message>
        <source>Start over after this time without use</source>
        <translation>Recommencer au début après ce temps sans utilisation</translation>
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
        <translation>Démarrer le mode ordinateur partagé</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Machine translation, not yet checked by a person</source>
        <translation>Traduction automatique, pas encore vérifiée par une personne</translation>
    </message>
    <message>
        <source>This translation may be out of date</source>
        <translation>Cette traduction n&apos;est peut-être plus à jour</translation>
    </message>
    <message>
        <source>Not yet in your language. Shown in %1.</source>
        <translation>Pas encore dans votre langue. Texte en %1.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message numerus="yes">
        <source>In %n days</source>
        <translation>
            <numerusform>Dans %n jour</numerusform>
            <numerusform>Dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Your procedure</source>
        <translation>Votre procédure</translation>
    </message>
    <message>
        <source>A lawyer must confirm every deadline. The dates in this app are calculations from general rules, and they can be wrong for your case. Ask your lawyer before you rely on them.</source>
        <translation>Un avocat doit confirmer chaque délai. Les dates de cette application sont calculées avec des règles générales. Elles peuvent être fausses pour votre dossier. Demandez à votre avocat avant de compter sur ces dates.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the English text.</source>
        <translation>Pas encore traduit en %1. Vous lisez le texte en anglais.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>Pas encore traduit en %1. Vous lisez le texte en %2.</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>La loi sur ce sujet est en train de changer. Demandez à votre avocat ou à VluchtelingenWerk ce qui est valable pour vous.</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <source>No procedures are installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</source>
        <translation>Aucune procédure n&apos;est encore installée. Installez de nouveau l&apos;application, ou demandez une mise à jour des informations à l&apos;organisation qui vous l&apos;a donnée.</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Procédure&#xa0;: %1</translation>
    </message>
    <message>
        <source>The dot marks where you are, from the dates in My case.</source>
        <translation>Le point montre où vous en êtes, d&apos;après les dates de Mon dossier.</translation>
    </message>
    <message>
        <source>Add the dates from your letters in My case to see where you are.</source>
        <translation>Ajoutez dans Mon dossier les dates de vos lettres pour voir où vous en êtes.</translation>
    </message>
    <message>
        <source>Open your notes to see where you are and your own deadlines.</source>
        <translation>Ouvrez vos notes pour voir où vous en êtes et vos propres délais.</translation>
    </message>
    <message>
        <source>Step %1: %2. You are here.</source>
        <translation>Étape %1&#xa0;: %2. Vous êtes ici.</translation>
    </message>
    <message>
        <source>Step %1: %2. This comes next.</source>
        <translation>Étape %1&#xa0;: %2. C&apos;est la prochaine étape.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Vous êtes ici</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Your date: %1</source>
        <translation>Votre date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>Qui est présent</translation>
    </message>
    <message>
        <source>What to prepare</source>
        <translation>Ce qu&apos;il faut préparer</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Vos droits</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Combien de temps</translation>
    </message>
    <message>
        <source>Time limit: %1. Ask your lawyer at once how much time you have.</source>
        <translation>Délai&#xa0;: %1. Demandez tout de suite à votre avocat combien de temps vous avez.</translation>
    </message>
    <message>
        <source>Time limit: %1, %2.</source>
        <translation>Délai&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Base légale&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>En savoir plus</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>My deadlines</source>
        <translation>Mes délais</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Tapez le chemin complet du fichier. Il commence par /.</translation>
    </message>
    <message>
        <source>Calendar saved. Open it with your calendar app to add the dates.</source>
        <translation>Calendrier enregistré. Ouvrez-le avec votre application de calendrier pour ajouter les dates.</translation>
    </message>
    <message>
        <source>You have not chosen your procedure in My case. Until you do, the deadlines are counted with the shortest time limits, those of the general procedure (AA).</source>
        <translation>Vous n&apos;avez pas encore choisi votre procédure dans Mon dossier. Tant que vous ne l&apos;avez pas fait, les délais sont comptés avec les délais les plus courts&#xa0;: ceux de la procédure d&apos;asile générale (AA).</translation>
    </message>
    <message>
        <source>Add the dates from your letters in My case, for example the day your decision was sent. Your deadlines then appear here.</source>
        <translation>Ajoutez dans Mon dossier les dates de vos lettres, par exemple le jour où la décision a été envoyée. Vos délais apparaîtront alors ici.</translation>
    </message>
    <message>
        <source>None of your dates starts a time limit that this app can count.</source>
        <translation>Aucune de vos dates ne fait commencer un délai que cette application peut calculer.</translation>
    </message>
    <message>
        <source>Ask your lawyer at once: this app gives no date for this time limit.</source>
        <translation>Demandez tout de suite à votre avocat&#xa0;: cette application ne donne pas de date pour ce délai.</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>Dernier jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>This deadline could not be counted (%1). Ask your lawyer.</source>
        <translation>Ce délai n&apos;a pas pu être calculé (%1). Demandez à votre avocat.</translation>
    </message>
    <message>
        <source>This date has passed.</source>
        <translation>Cette date est passée.</translation>
    </message>
    <message>
        <source>Counted from: %1</source>
        <translation>Point de départ&#xa0;: %1</translation>
    </message>
    <message>
        <source>It is not certain that this time limit gets extra days. To be safe, act by %1.</source>
        <translation>Il n&apos;est pas sûr que ce délai ait des jours en plus. Par précaution, agissez au plus tard le %1.</translation>
    </message>
    <message>
        <source>Counted with the time limit of the general procedure (AA), because you have not chosen your procedure.</source>
        <translation>Compté avec le délai de la procédure d&apos;asile générale (AA), parce que vous n&apos;avez pas choisi votre procédure.</translation>
    </message>
    <message>
        <source>A lawyer must confirm this deadline.</source>
        <translation>Un avocat doit confirmer ce délai.</translation>
    </message>
    <message>
        <source>How it was counted:</source>
        <translation>Comment il a été compté&#xa0;:</translation>
    </message>
    <message>
        <source>Edit my dates in My case</source>
        <translation>Modifier mes dates dans Mon dossier</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>No deadlines or appointments from today on.</source>
        <translation>Aucun délai ni rendez-vous à partir d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Délai&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ask your lawyer at once</source>
        <translation>Demandez tout de suite à votre avocat</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation>Ajouter à votre calendrier</translation>
    </message>
    <message>
        <source>Save your deadlines and appointments as a calendar file (.ics) that calendar apps can import. The file is not encrypted: anyone who opens it can read it.</source>
        <translation>Enregistrez vos délais et vos rendez-vous dans un fichier de calendrier (.ics). Les applications de calendrier peuvent importer ce fichier. Le fichier n&apos;est pas chiffré (codé)&#xa0;: toute personne qui l&apos;ouvre peut le lire.</translation>
    </message>
    <message>
        <source>Type where to save it, for example %1</source>
        <translation>Tapez où l&apos;enregistrer, par exemple %1</translation>
    </message>
    <message>
        <source>Where to save the calendar file</source>
        <translation>Où enregistrer le fichier de calendrier</translation>
    </message>
    <message>
        <source>Write only &quot;Deadline&quot; and &quot;Appointment&quot;, without details, so a locked phone shows nothing about your case</source>
        <translation>Écrire seulement «&#xa0;Délai&#xa0;» et «&#xa0;Rendez-vous&#xa0;», sans détails, pour qu&apos;un téléphone verrouillé ne montre rien sur votre dossier</translation>
    </message>
    <message>
        <source>Save calendar file</source>
        <translation>Enregistrer le fichier de calendrier</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Save the steps of this procedure as a PDF file in the language you are reading, with the time limits, the sources and the date it was checked. Print it or give it to someone. It holds nothing from your notes and none of your own dates.</source>
        <translation>Enregistrez les étapes de cette procédure dans un fichier PDF, dans la langue que vous lisez, avec les délais, les sources et la date de leur vérification. Imprimez-le ou donnez-le à quelqu&apos;un. Il ne contient rien de vos notes, et aucune de vos propres dates.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There is no information on this topic yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;informations sur ce sujet.</translation>
    </message>
</context>
<context>
    <name>VaultLockedNotice</name>
    <message>
        <source>You have no private notes on this phone yet.</source>
        <translation>Vous n&apos;avez pas encore de notes privées sur ce téléphone.</translation>
    </message>
    <message>
        <source>Unlock your notes first</source>
        <translation>Déverrouillez d&apos;abord vos notes</translation>
    </message>
    <message>
        <source>Go to My notes</source>
        <translation>Aller à Mes notes</translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <source>Your notes are locked.</source>
        <translation>Vos notes sont verrouillées.</translation>
    </message>
    <message>
        <source>Your notes are open.</source>
        <translation>Vos notes sont ouvertes.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock my notes</source>
        <translation>Verrouiller mes notes</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <source>Quick exit: lock my notes and close the app at once</source>
        <translation>Sortie rapide&#xa0;: verrouiller mes notes et fermer l&apos;application tout de suite</translation>
    </message>
    <message>
        <source>Your passphrase is too short. Use at least %1 characters.</source>
        <translation>Votre phrase secrète est trop courte. Utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Les deux phrases secrètes ne sont pas les mêmes. Tapez-les de nouveau.</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>Keep private notes about your case. They are locked with a passphrase and stored only on this device, encrypted.</source>
        <translation>Gardez des notes privées sur votre dossier. Elles sont verrouillées avec une phrase secrète. Elles sont chiffrées (codées) et enregistrées seulement sur cet appareil.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters. A PIN of %1 or more digits works, but a longer passphrase is safer. Do not use your date of birth or your V-number.</source>
        <translation>Choisissez une phrase secrète d&apos;au moins %1 caractères. Un code PIN de %1 chiffres ou plus marche, mais une phrase secrète plus longue est plus sûre. N&apos;utilisez pas votre date de naissance ni votre V-nummer.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Tapez de nouveau la phrase secrète</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Create my private notes</source>
        <translation>Créer mes notes privées</translation>
    </message>
    <message>
        <source>Making your vault safe. This takes a few seconds.</source>
        <translation>Votre coffre est en train d&apos;être sécurisé. Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>I have a backup from another phone</source>
        <translation>J&apos;ai une sauvegarde d&apos;un autre téléphone</translation>
    </message>
    <message>
        <source>Type where the backup file is, for example %1, and the passphrase or recovery key that opens it.</source>
        <translation>Tapez où se trouve le fichier de sauvegarde, par exemple %1, et la phrase secrète ou la clé de récupération qui l&apos;ouvre.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Phrase secrète ou clé de récupération</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Tapez le chemin complet du fichier. Il commence par /.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>Write this recovery key on paper and keep it somewhere safe. If you forget your passphrase, it is the only way to open your notes. It will not be shown again.</source>
        <translation>Écrivez cette clé de récupération sur du papier et gardez-la dans un endroit sûr. Si vous oubliez votre phrase secrète, c&apos;est le seul moyen d&apos;ouvrir vos notes. Elle ne sera plus jamais montrée.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>I wrote it down</source>
        <translation>Je l&apos;ai écrite</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Open your notes</source>
        <translation>Ouvrir vos notes</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you made your notes. Spaces and dashes do not matter.</source>
        <translation>Tapez la clé de récupération que vous avez écrite quand vous avez créé vos notes. Les espaces et les tirets ne comptent pas.</translation>
    </message>
    <message>
        <source>Type your passphrase to open your notes.</source>
        <translation>Tapez votre phrase secrète pour ouvrir vos notes.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock my notes</source>
        <translation>Déverrouiller mes notes</translation>
    </message>
    <message>
        <source>Opening your notes. This takes a few seconds.</source>
        <translation>Ouverture de vos notes. Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation>Utiliser plutôt la clé de récupération</translation>
    </message>
    <message>
        <source>After your notes are open, choose a new passphrase in Vault settings.</source>
        <translation>Quand vos notes sont ouvertes, choisissez une nouvelle phrase secrète dans Réglages du coffre.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>My case</source>
        <translation>Mon dossier</translation>
    </message>
    <message>
        <source>My case: V-number, case worker, lawyer and procedure</source>
        <translation>Mon dossier&#xa0;: V-nummer, personne de contact, avocat et procédure</translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation>Réglages du coffre</translation>
    </message>
    <message>
        <source>Search your notes</source>
        <translation>Chercher dans vos notes</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Pas enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>No notes yet. Write down what happened at your interview, names, dates, questions for your lawyer.</source>
        <translation>Pas encore de notes. Écrivez ce qui s&apos;est passé pendant votre entretien, des noms, des dates, des questions pour votre avocat.</translation>
    </message>
    <message>
        <source>No notes contain “%1”.</source>
        <translation>Aucune note ne contient «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>Note sans titre</translation>
    </message>
    <message>
        <source>Changed %1 · %2</source>
        <translation>Modifiée le %1 · %2</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Modifiée le %1</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Mes documents</translation>
    </message>
    <message>
        <source>My documents: photos and PDFs of letters</source>
        <translation>Mes documents&#xa0;: photos et PDF de lettres</translation>
    </message>
</context>
<context>
    <name>VaultSettingsPage</name>
    <message>
        <source>Vault settings</source>
        <translation>Réglages du coffre</translation>
    </message>
    <message>
        <source>Working on your vault. This can take a few seconds.</source>
        <translation>Travail en cours sur votre coffre. Cela peut prendre quelques secondes.</translation>
    </message>
    <message>
        <source>Your passphrase is too short. Use at least %1 characters.</source>
        <translation>Votre phrase secrète est trop courte. Utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Les deux phrases secrètes ne sont pas les mêmes. Tapez-les de nouveau.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Tapez le chemin complet du fichier. Il commence par /.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Your notes stay as they are. Your recovery key keeps working.</source>
        <translation>Vos notes restent comme elles sont. Votre clé de récupération marche toujours.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Tapez de nouveau la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a few seconds.</source>
        <translation>Changement de votre phrase secrète. Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Verrouillage automatique</translation>
    </message>
    <message>
        <source>Your notes lock when you leave the app, and after this many minutes without use:</source>
        <translation>Vos notes se verrouillent quand vous quittez l&apos;application, et après ce nombre de minutes sans utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>Minutes without use before your notes lock</source>
        <translation>Minutes sans utilisation avant le verrouillage de vos notes</translation>
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
        <translation>Enregistrer une sauvegarde</translation>
    </message>
    <message>
        <source>A backup is a copy of your vault that stays encrypted. Save it on a memory card or USB stick to move your notes to a new phone. It opens with the passphrase you have now, or with your recovery key.</source>
        <translation>Une sauvegarde est une copie de votre coffre qui reste chiffrée. Enregistrez-la sur une carte mémoire ou une clé USB pour mettre vos notes sur un nouveau téléphone. Elle s&apos;ouvre avec votre phrase secrète actuelle, ou avec votre clé de récupération.</translation>
    </message>
    <message>
        <source>Type where to save it, for example %1</source>
        <translation>Tapez où l&apos;enregistrer, par exemple %1</translation>
    </message>
    <message>
        <source>Where to save the backup</source>
        <translation>Où enregistrer la sauvegarde</translation>
    </message>
    <message>
        <source>Save backup</source>
        <translation>Enregistrer la sauvegarde</translation>
    </message>
    <message>
        <source>Saving the backup.</source>
        <translation>Enregistrement de la sauvegarde.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restoring a backup replaces the notes on this phone with the notes in the backup. Type where the backup file is, and the passphrase or recovery key that opens it.</source>
        <translation>Restaurer une sauvegarde remplace les notes de ce téléphone par les notes de la sauvegarde. Tapez où se trouve le fichier de sauvegarde, et la phrase secrète ou la clé de récupération qui l&apos;ouvre.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Phrase secrète ou clé de récupération</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Delete my vault</source>
        <translation>Supprimer mon coffre</translation>
    </message>
    <message>
        <source>Deletes all your notes and case details from this phone.</source>
        <translation>Supprime de ce téléphone toutes vos notes et les détails de votre dossier.</translation>
    </message>
    <message>
        <source>Replace your notes?</source>
        <translation>Remplacer vos notes&#xa0;?</translation>
    </message>
    <message>
        <source>The notes and case details on this phone will be replaced by those in the backup. You cannot undo this.</source>
        <translation>Les notes et les détails du dossier qui sont sur ce téléphone seront remplacés par ceux de la sauvegarde. Vous ne pouvez pas annuler cela.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>SUPPRIMER</translation>
    </message>
    <message>
        <source>Delete your vault?</source>
        <translation>Supprimer votre coffre&#xa0;?</translation>
    </message>
    <message>
        <source>All your notes and case details will be deleted from this phone. This cannot be undone, not even with the recovery key. Backups you saved somewhere else are not deleted.</source>
        <translation>Toutes vos notes et les détails de votre dossier seront supprimés de ce téléphone. Vous ne pouvez pas annuler cela, même pas avec la clé de récupération. Les sauvegardes que vous avez enregistrées ailleurs ne sont pas supprimées.</translation>
    </message>
    <message>
        <source>To confirm, type %1</source>
        <translation>Pour confirmer, tapez %1</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Tapez %1 pour confirmer</translation>
    </message>
    <message>
        <source>Keep my vault</source>
        <translation>Garder mon coffre</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer pour toujours</translation>
    </message>
    <message>
        <source>Your vault was deleted from this phone.</source>
        <translation>Votre coffre a été supprimé de ce téléphone.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>While your notes are open, the app reminds you of your deadlines 7 days, 2 days and 1 day before and on the last day, and of your appointments 1 day and 2 hours before. While your notes are locked, there are no reminders. Your reminders are also listed under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</source>
        <translation>Quand vos notes sont ouvertes, l&apos;application vous rappelle vos délais 7 jours, 2 jours et 1 jour avant, et le dernier jour. Elle vous rappelle vos rendez-vous 1 jour et 2 heures avant. Quand vos notes sont verrouillées, il n&apos;y a pas de rappels. Vos rappels sont aussi dans «&#xa0;À venir&#xa0;», sur la page «&#xa0;Votre procédure&#xa0;».</translation>
    </message>
    <message>
        <source>Show details in reminders</source>
        <translation>Montrer les détails dans les rappels</translation>
    </message>
    <message>
        <source>Reminders say which deadline or appointment it is. Anyone who sees your screen, even when it is locked, can read it.</source>
        <translation>Les rappels disent de quel délai ou de quel rendez-vous il s&apos;agit. Toute personne qui voit votre écran peut le lire, même quand l&apos;écran est verrouillé.</translation>
    </message>
    <message>
        <source>Reminders only say &quot;You have a deadline in 2 days&quot;, not which one, so a locked screen shows nothing about your case.</source>
        <translation>Les rappels disent seulement «&#xa0;Vous avez un délai dans 2 jours&#xa0;», pas lequel. Ainsi, un écran verrouillé ne montre rien sur votre dossier.</translation>
    </message>
    <message>
        <source>This device did not show a reminder as a notification. You find your reminders under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</source>
        <translation>Cet appareil n&apos;a pas montré un rappel comme notification. Vous trouvez vos rappels dans «&#xa0;À venir&#xa0;», sur la page «&#xa0;Votre procédure&#xa0;».</translation>
    </message>
    <message>
        <source>The app remembers which reminders it has shown only until you close it. After a restart, a reminder of the last 24 hours can show once more.</source>
        <translation>L&apos;application se souvient des rappels déjà montrés seulement jusqu&apos;à ce que vous la fermiez. Après un redémarrage, un rappel des dernières 24 heures peut s&apos;afficher encore une fois.</translation>
    </message>
</context>
<context>
    <name>rc::contacts::OpeningHours</name>
    <message>
        <source>Opens today at %1</source>
        <translation>Ouvre aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <source>Opens tomorrow at %1</source>
        <translation>Ouvre demain à %1</translation>
    </message>
    <message>
        <source>Opens %1 at %2</source>
        <extracomment>%1 is a day (&quot;Monday&quot;) or a date (&quot;Thursday 8 January&quot;), %2 a time (&quot;09:00&quot;)</extracomment>
        <translation>Ouvre %1 à %2</translation>
    </message>
    <message>
        <source>Open now, until midnight</source>
        <translation>Ouvert maintenant, jusqu&apos;à minuit</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Ouvert maintenant, jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Open now, until tomorrow at %1</source>
        <translation>Ouvert maintenant, jusqu&apos;à demain à %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <extracomment>%1 is a day (&quot;Monday&quot;) or a date (&quot;Thursday 8 January&quot;), %2 a time (&quot;09:00&quot;)</extracomment>
        <translation>Ouvert maintenant, jusqu&apos;à %1 à %2</translation>
    </message>
    <message>
        <source>Open 24 hours, every day</source>
        <translation>Ouvert 24 heures sur 24, tous les jours</translation>
    </message>
    <message>
        <source>Not open on any day</source>
        <translation>Fermé tous les jours</translation>
    </message>
    <message>
        <source>Closed today (public holiday). %1</source>
        <extracomment>%1 says when it opens next, e.g. &quot;Opens tomorrow at 09:00&quot;</extracomment>
        <translation>Fermé aujourd&apos;hui (jour férié). %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactDetails</name>
    <message>
        <source>Call %1</source>
        <translation>Appeler %1</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Only from a Dutch phone number</source>
        <translation>Seulement depuis un numéro de téléphone néerlandais</translation>
    </message>
    <message>
        <source>WhatsApp %1</source>
        <translation>WhatsApp %1</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>Écrire à %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Site web&#xa0;: %1</translation>
    </message>
    <message>
        <source>This organisation is not in the installed information.</source>
        <translation>Cette organisation n&apos;est pas dans les informations installées.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Tapez le chemin complet du fichier. Il commence par /.</translation>
    </message>
    <message>
        <source>The contact card could not be saved at %1: %2</source>
        <translation>La fiche de contact n&apos;a pas pu être enregistrée dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactListModel</name>
    <message>
        <source>Across the Netherlands</source>
        <translation>Dans tous les Pays-Bas</translation>
    </message>
    <message>
        <source>In a region or town</source>
        <translation>Dans une région ou une ville</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tous les sujets</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactTexts</name>
    <message>
        <source>Legal help</source>
        <translation>Aide juridique</translation>
    </message>
    <message>
        <source>Support during the procedure</source>
        <translation>Soutien pendant la procédure</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Santé mentale</translation>
    </message>
    <message>
        <source>LGBTIQ+</source>
        <translation>LGBTIQ+</translation>
    </message>
    <message>
        <source>Violence against women and girls</source>
        <translation>Violences contre les femmes et les filles</translation>
    </message>
    <message>
        <source>Human trafficking</source>
        <translation>Traite des êtres humains</translation>
    </message>
    <message>
        <source>Children on their own</source>
        <translation>Enfants seuls, sans parents</translation>
    </message>
    <message>
        <source>Finding family members</source>
        <translation>Retrouver sa famille</translation>
    </message>
    <message>
        <source>Going back</source>
        <translation>Retour au pays</translation>
    </message>
    <message>
        <source>Without papers</source>
        <translation>Sans papiers</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Urgences</translation>
    </message>
    <message>
        <source>Across the Netherlands</source>
        <translation>Dans tous les Pays-Bas</translation>
    </message>
    <message>
        <source>Hours not known: check the website</source>
        <translation>Horaires inconnus&#xa0;: regardez le site web</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>Horaires inconnus</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContentUpdates</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Download progress, e.g. &quot;120 KB of 300 KB&quot;</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>This web address is not valid. Type it like https://example.org/content/.</source>
        <translation>Cette adresse web n&apos;est pas valide. Tapez-la comme ceci&#xa0;: https://example.org/content/.</translation>
    </message>
    <message>
        <source>Type a web address starting with https://, or the full path of a folder, starting with /.</source>
        <translation>Tapez une adresse web qui commence par https://, ou le chemin complet d&apos;un dossier, qui commence par /.</translation>
    </message>
    <message>
        <source>This mirror is already in the list.</source>
        <translation>Cette source de mise à jour est déjà dans la liste.</translation>
    </message>
    <message>
        <source>Content updates are not available here.</source>
        <translation>Les mises à jour des informations ne sont pas disponibles ici.</translation>
    </message>
    <message>
        <source>Add a mirror first: a USB stick or folder with a copy of the information, or the web address your organisation gave you.</source>
        <translation>Ajoutez d&apos;abord une source de mise à jour&#xa0;: une clé USB ou un dossier avec une copie des informations, ou l&apos;adresse web que votre organisation vous a donnée.</translation>
    </message>
    <message>
        <source>The app cannot tell whether this connection costs money, so the web mirrors were not used. Turn off &quot;Only on unmetered networks&quot; to use them anyway.</source>
        <translation>L&apos;application ne peut pas savoir si cette connexion coûte de l&apos;argent. Les sources sur internet n&apos;ont donc pas été utilisées. Désactivez «&#xa0;Seulement sur les réseaux non payants à l&apos;usage&#xa0;» pour les utiliser quand même.</translation>
    </message>
    <message>
        <source>This device is not connected to a network, so the web mirrors were not used.</source>
        <translation>Cet appareil n&apos;est pas connecté à un réseau. Les sources sur internet n&apos;ont donc pas été utilisées.</translation>
    </message>
    <message>
        <source>This connection may cost money (it is metered), so the web mirrors were not used.</source>
        <translation>Cette connexion peut coûter de l&apos;argent (elle est payante à l&apos;usage). Les sources sur internet n&apos;ont donc pas été utilisées.</translation>
    </message>
    <message>
        <source>The information was updated.</source>
        <translation>Les informations ont été mises à jour.</translation>
    </message>
    <message>
        <source>The information is up to date.</source>
        <translation>Les informations sont à jour.</translation>
    </message>
    <message>
        <source>This copy of the information is older than what you already have. It was ignored, and nothing changed.</source>
        <translation>Cette copie des informations est plus ancienne que celle que vous avez déjà. Elle n&apos;a pas été utilisée, et rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>A mirror offered older information than what you already have. It was refused, and nothing changed.</source>
        <translation>Une source de mise à jour a proposé des informations plus anciennes que celles que vous avez déjà. Elles ont été refusées, et rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The information on the mirror has expired: the mirror is no longer kept up to date, or someone is holding back updates. Nothing changed.</source>
        <translation>Les informations de la source de mise à jour ont expiré&#xa0;: la source n&apos;est plus tenue à jour, ou quelqu&apos;un bloque les mises à jour. Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The mirror could not be read: it cannot be reached, or it holds no copy of the information. Nothing changed.</source>
        <translation>La source de mise à jour n&apos;a pas pu être lue&#xa0;: elle ne peut pas être jointe, ou elle ne contient pas de copie des informations. Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The information could not be updated on this device. Nothing changed.</source>
        <translation>Les informations n&apos;ont pas pu être mises à jour sur cet appareil. Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The information on the mirror is not correctly signed by your distributor. It was refused, and nothing changed.</source>
        <translation>Les informations de la source de mise à jour ne sont pas correctement signées par l&apos;organisation qui vous a donné l&apos;application. Elles ont été refusées, et rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>This copy is older than its signatures allow, but nothing in it is older than what you had, so it was used.</source>
        <translation>Cette copie est plus ancienne que ce que ses signatures permettent. Mais rien dedans n&apos;est plus ancien que ce que vous aviez, donc elle a été utilisée.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::DocumentsModel</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>Il n&apos;y a pas de fichier à cet endroit&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Only photos and PDF files can be kept here.</source>
        <translation>Vous pouvez garder ici seulement des photos et des fichiers PDF.</translation>
    </message>
</context>
<context>
    <name>rc::ui::Handout</name>
    <message>
        <source>No content is installed, so there is nothing to print.</source>
        <translation>Aucune information n&apos;est installée, donc il n&apos;y a rien à imprimer.</translation>
    </message>
    <message>
        <source>This article is not installed. Update the content and try again.</source>
        <translation>Cet article n&apos;est pas installé. Mettez à jour les informations et réessayez.</translation>
    </message>
    <message>
        <source>This procedure is not installed. Update the content and try again.</source>
        <translation>Cette procédure n&apos;est pas installée. Mettez à jour les informations et réessayez.</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>Qui est présent</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Combien de temps</translation>
    </message>
    <message>
        <source>What to prepare</source>
        <translation>Ce qu&apos;il faut préparer</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Vos droits</translation>
    </message>
    <message>
        <source>Time limit: %1. Ask your lawyer at once how much time you have.</source>
        <translation>Délai&#xa0;: %1. Demandez tout de suite à votre avocat combien de temps vous avez.</translation>
    </message>
    <message>
        <source>Time limit: %1, %2.</source>
        <translation>Délai&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Base légale&#xa0;: %1</translation>
    </message>
    <message>
        <source>This contact is not installed. Update the content and try again.</source>
        <translation>Ce contact n&apos;est pas installé. Mettez à jour les informations et réessayez.</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Horaires d&apos;ouverture&#xa0;:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
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
        <translation>Site web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Only from a Dutch phone number</source>
        <translation>Seulement depuis un numéro de téléphone néerlandais</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Tapez le chemin complet du fichier. Il commence par /.</translation>
    </message>
    <message>
        <source>%1 is a folder. Type a file name at the end, for example handout.pdf.</source>
        <translation>%1 est un dossier. Tapez un nom de fichier à la fin, par exemple handout.pdf.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that exists, or create it first.</source>
        <translation>Le dossier %1 n&apos;existe pas. Choisissez un dossier qui existe, ou créez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Scan to get %1 and read more in the app:</source>
        <translation>Scannez pour obtenir %1 et lire plus dans l&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>Scan to open the source on a phone:</source>
        <translation>Scannez pour ouvrir la source sur un téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>Pas encore traduit en %1. Vous lisez le texte en %2.</translation>
    </message>
    <message>
        <source>Machine translation, not yet checked by a person</source>
        <translation>Traduction automatique, pas encore vérifiée par une personne</translation>
    </message>
    <message>
        <source>This translation may be out of date</source>
        <translation>Cette traduction n&apos;est peut-être plus à jour</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>La loi sur ce sujet est en train de changer. Demandez à votre avocat ou à VluchtelingenWerk ce qui est valable pour vous.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Dernière vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Could not save the handout to %1: %2</source>
        <translation>Le PDF n&apos;a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::KioskController</name>
    <message>
        <source>Leave kiosk mode before you change the PIN.</source>
        <translation>Quittez le mode ordinateur partagé avant de changer le code PIN.</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation>Le code PIN doit avoir de %1 à %2 chiffres.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>Les deux codes PIN ne sont pas les mêmes. Tapez-les de nouveau.</translation>
    </message>
    <message>
        <source>The PIN could not be stored. Close other apps and try again.</source>
        <translation>Le code PIN n&apos;a pas pu être enregistré. Fermez d&apos;autres applications et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Trop de codes PIN incorrects. Attendez %n seconde, puis réessayez.</numerusform>
            <numerusform>Trop de codes PIN incorrects. Attendez %n secondes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Ce code PIN n&apos;est pas correct. Attendez %n seconde, puis réessayez.</numerusform>
            <numerusform>Ce code PIN n&apos;est pas correct. Attendez %n secondes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ce code PIN n&apos;est pas correct.</translation>
    </message>
</context>
<context>
    <name>rc::ui::LanShareController</name>
    <message>
        <source>Sharing stops by itself in %1.</source>
        <extracomment>%1 is minutes and seconds, e.g. 29:59</extracomment>
        <translation>Le partage s&apos;arrête tout seul dans %1.</translation>
    </message>
    <message>
        <source>This computer does not seem to be connected to a local network (Wi-Fi or cable). Connect it to the same network as the phones, then stop and start sharing again.</source>
        <translation>Cet ordinateur ne semble pas connecté à un réseau local (Wi-Fi ou câble). Connectez-le au même réseau que les téléphones, puis arrêtez le partage et recommencez-le.</translation>
    </message>
    <message>
        <source>Sharing stopped by itself. Start it again if more phones need the information.</source>
        <translation>Le partage s&apos;est arrêté tout seul. Recommencez-le si d&apos;autres téléphones ont besoin des informations.</translation>
    </message>
    <message>
        <source>Sharing stopped.</source>
        <translation>Le partage est arrêté.</translation>
    </message>
</context>
<context>
    <name>rc::ui::LanguageController</name>
    <message>
        <source>This language is not known to the app.</source>
        <translation>L&apos;application ne connaît pas cette langue.</translation>
    </message>
    <message>
        <source>The interface is not available in %1 on this device. It is shown in %2.</source>
        <extracomment>%1 is the name of a language in that language, e.g. &quot;Nederlands&quot;.</extracomment>
        <translation>L&apos;application n&apos;est pas disponible en %1 sur cet appareil. Elle est affichée en %2.</translation>
    </message>
    <message>
        <source>Gregorian calendar</source>
        <translation>Calendrier grégorien</translation>
    </message>
    <message>
        <source>Solar Hijri calendar</source>
        <translation>Calendrier hégirien solaire (persan)</translation>
    </message>
    <message>
        <source>Ethiopian calendar</source>
        <translation>Calendrier éthiopien</translation>
    </message>
</context>
<context>
    <name>rc::ui::MyDeadlinesModel</name>
    <message>
        <source>Deadlines cannot be counted: the deadline data of this app is damaged (%1). Ask your lawyer for every deadline.</source>
        <translation>Les délais ne peuvent pas être comptés&#xa0;: les données sur les délais de cette application sont abîmées (%1). Demandez chaque délai à votre avocat.</translation>
    </message>
    <message>
        <source>Registration (asylum application)</source>
        <translation>Enregistrement (demande d&apos;asile)</translation>
    </message>
    <message>
        <source>Detailed interview</source>
        <translation>Entretien détaillé</translation>
    </message>
    <message>
        <source>Intention to reject received</source>
        <translation>Intention de rejet (voornemen) reçue</translation>
    </message>
    <message>
        <source>View on the intention sent</source>
        <translation>Réponse (zienswijze) envoyée</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>Décision envoyée</translation>
    </message>
    <message>
        <source>Residence permit granted</source>
        <translation>Permis de séjour accordé</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>Recours déposé</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Audience au tribunal</translation>
    </message>
    <message>
        <source>Open your notes first.</source>
        <translation>Ouvrez d&apos;abord vos notes.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Tapez le chemin complet du fichier. Il commence par /.</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>Dernier jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Appointment at %1</source>
        <extracomment>%1 is a time of day, e.g. 14:30</extracomment>
        <translation>Rendez-vous à %1</translation>
    </message>
    <message>
        <source>Counted from %1 (%2).</source>
        <translation>Compté à partir du %1 (%2).</translation>
    </message>
    <message>
        <source>A lawyer must confirm this deadline.</source>
        <translation>Un avocat doit confirmer ce délai.</translation>
    </message>
    <message>
        <source>There is nothing to export: no deadlines or appointments from today on.</source>
        <translation>Il n&apos;y a rien à exporter&#xa0;: aucun délai ni rendez-vous à partir d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The calendar could not be made: %1</source>
        <translation>Le calendrier n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The calendar could not be saved at %1: %2</source>
        <translation>Le calendrier n&apos;a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReadAloud</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Sentence %1 of %2</source>
        <translation>Phrase %1 sur %2</translation>
    </message>
    <message>
        <source>The device&apos;s voice stopped with an error: %1</source>
        <translation>La voix de l&apos;appareil s&apos;est arrêtée à cause d&apos;une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The recording of this article could not be read.</source>
        <translation>L&apos;enregistrement audio de cet article n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The recording cannot be played on this device: %1</source>
        <translation>L&apos;enregistrement audio ne peut pas être lu sur cet appareil&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReminderScheduler</name>
    <message>
        <source>You have a deadline today</source>
        <translation>Vous avez un délai aujourd&apos;hui</translation>
    </message>
    <message>
        <source>You have a deadline tomorrow</source>
        <translation>Vous avez un délai demain</translation>
    </message>
    <message numerus="yes">
        <source>You have a deadline in %n days</source>
        <extracomment>Reminder on a locked screen: it must not say which deadline. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>Vous avez un délai dans %n jour</numerusform>
            <numerusform>Vous avez un délai dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have an appointment in %n days</source>
        <extracomment>Reminder on a locked screen: it must not say which appointment. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>Vous avez un rendez-vous dans %n jour</numerusform>
            <numerusform>Vous avez un rendez-vous dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>You have an appointment tomorrow</source>
        <translation>Vous avez un rendez-vous demain</translation>
    </message>
    <message numerus="yes">
        <source>You have an appointment in %n hours</source>
        <extracomment>Reminder on a locked screen. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>Vous avez un rendez-vous dans %n heure</numerusform>
            <numerusform>Vous avez un rendez-vous dans %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>You have an appointment in less than 2 hours</source>
        <translation>Vous avez un rendez-vous dans moins de 2 heures</translation>
    </message>
    <message numerus="yes">
        <source>You have %n deadlines this week</source>
        <extracomment>One notification for several reminders the app could not show while the vault was locked. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>Vous avez %n délai cette semaine</numerusform>
            <numerusform>Vous avez %n délais cette semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n appointments this week</source>
        <extracomment>%n is 2 or more.</extracomment>
        <translation>
            <numerusform>Vous avez %n rendez-vous cette semaine</numerusform>
            <numerusform>Vous avez %n rendez-vous cette semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n deadlines and appointments this week</source>
        <extracomment>%n (the deadlines and appointments together) is 2 or more.</extracomment>
        <translation>
            <numerusform>Vous avez %n délai ou rendez-vous cette semaine</numerusform>
            <numerusform>Vous avez %n délais et rendez-vous cette semaine</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: last day %2</source>
        <extracomment>%1 is what the deadline is for (e.g. Appeal to the court), %2 its last day.</extracomment>
        <translation>%1&#xa0;: dernier jour le %2</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <extracomment>%1 is the appointment&apos;s title, %2 its day, %3 its time.</extracomment>
        <translation>%1&#xa0;: %2 à %3</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
</context>
<context>
    <name>rc::ui::VaultController</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Les deux phrases secrètes ne sont pas les mêmes. Tapez-les de nouveau.</translation>
    </message>
    <message>
        <source>This is not a recovery key. It has 32 letters and digits in groups of four.</source>
        <translation>Ce n&apos;est pas une clé de récupération. Une clé de récupération a 32 lettres et chiffres, en groupes de quatre.</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Your recovery key still works.</source>
        <translation>Votre phrase secrète a été changée. Votre clé de récupération marche toujours.</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Choisissez où enregistrer la sauvegarde.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Sauvegarde restaurée.</translation>
    </message>
    <message>
        <source>The vault file could not be deleted. Try again, or delete the app&apos;s data.</source>
        <translation>Le fichier de votre coffre n&apos;a pas pu être supprimé. Réessayez, ou effacez les données de l&apos;application.</translation>
    </message>
    <message>
        <source>Your vault was deleted.</source>
        <translation>Votre coffre a été supprimé.</translation>
    </message>
    <message>
        <source>Backup saved, with your documents. It opens with your passphrase or your recovery key.</source>
        <translation>Sauvegarde enregistrée, avec vos documents. Elle s&apos;ouvre avec votre phrase secrète ou votre clé de récupération.</translation>
    </message>
</context>
<context>
    <name>rc::ui::VaultRecordsModel</name>
    <message>
        <source>Choose what happened on this date.</source>
        <translation>Choisissez ce qui s&apos;est passé à cette date.</translation>
    </message>
    <message>
        <source>This date does not exist. Check the day and the month.</source>
        <translation>Cette date n&apos;existe pas. Vérifiez le jour et le mois.</translation>
    </message>
    <message>
        <source>Give the appointment a name, for example &quot;Lawyer&quot;.</source>
        <translation>Donnez un nom au rendez-vous, par exemple «&#xa0;Avocat&#xa0;».</translation>
    </message>
    <message>
        <source>Write the person&apos;s or the organisation&apos;s name.</source>
        <translation>Écrivez le nom de la personne ou de l&apos;organisation.</translation>
    </message>
    <message>
        <source>This could not be saved. Try again.</source>
        <translation>Cela n&apos;a pas pu être enregistré. Réessayez.</translation>
    </message>
</context>
<context>
    <name>rc::vault</name>
    <message>
        <source>Your private notes were not found on this phone.</source>
        <translation>Vos notes privées n&apos;ont pas été trouvées sur ce téléphone.</translation>
    </message>
    <message>
        <source>This file does not hold Rights Companion notes. Nothing was changed.</source>
        <translation>Ce fichier ne contient pas de notes de Rights Companion. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer version of Rights Companion. Update the app to open them. Your notes were not changed.</source>
        <translation>Vos notes ont été enregistrées par une version plus récente de Rights Companion. Mettez à jour l&apos;application pour les ouvrir. Vos notes n&apos;ont pas été changées.</translation>
    </message>
    <message>
        <source>This file was changed or damaged, so it cannot be opened. Your notes were not changed.</source>
        <translation>Ce fichier a été modifié ou abîmé, donc il ne peut pas être ouvert. Vos notes n&apos;ont pas été changées.</translation>
    </message>
    <message>
        <source>The passphrase or recovery key is not right. Check it and try again.</source>
        <translation>La phrase secrète ou la clé de récupération n&apos;est pas correcte. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>This phone does not have enough free memory right now. Close other apps and try again. Your notes were not changed.</source>
        <translation>Ce téléphone n&apos;a pas assez de mémoire libre en ce moment. Fermez d&apos;autres applications et réessayez. Vos notes n&apos;ont pas été changées.</translation>
    </message>
    <message>
        <source>The phone&apos;s storage could not be read or written (it may be full). The last saved copy of your notes was kept.</source>
        <translation>La mémoire du téléphone n&apos;a pas pu être lue ou écrite (elle est peut-être pleine). La dernière copie enregistrée de vos notes a été gardée.</translation>
    </message>
    <message>
        <source>This document is too large for Rights Companion to keep or show. Nothing was changed.</source>
        <translation>Ce document est trop grand pour que Rights Companion puisse le garder ou le montrer. Rien n&apos;a été changé.</translation>
    </message>
</context>
</TS>
