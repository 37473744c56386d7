<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>ArticlePage</name>
    <message>
        <source>Article</source>
        <translation>Стаття</translation>
    </message>
    <message>
        <source>Save this article as a PDF file in the language you are reading, with its sources, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</source>
        <translation>Збережіть цю статтю як PDF-файл мовою, якою ви читаєте, з джерелами, датою перевірки та QR-кодом. Надрукуйте його або дайте комусь. У ньому немає нічого з ваших нотаток.</translation>
    </message>
    <message>
        <source>Listen to this article</source>
        <translation>Прослухати цю статтю</translation>
    </message>
    <message>
        <source>A recorded reading in %1.</source>
        <translation>Аудіозапис такою мовою: %1.</translation>
    </message>
    <message>
        <source>Read by your device&apos;s voice in %1. It may say some words wrongly.</source>
        <translation>Читає голос вашого пристрою такою мовою: %1. Деякі слова він може вимовляти неправильно.</translation>
    </message>
    <message>
        <source>There is no recording of this article in %1, and this device has no voice for %1.</source>
        <translation>Немає аудіозапису цієї статті такою мовою: %1. На цьому пристрої також немає голосу такою мовою: %1.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Відтворити</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>З початку</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Повільніше</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>Звичайна швидкість</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Швидше</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>Набагато швидше</translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation>Швидкість: %1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Позиція: %1</translation>
    </message>
    <message>
        <source>Listen in English</source>
        <translation>Прослухати англійською</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>This article is not available. It may have been removed in a content update.</source>
        <translation>Цієї статті немає. Можливо, її видалили під час оновлення інформації.</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Востаннє перевірено: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the English text.</source>
        <translation>Ще не перекладено на цю мову: %1. Ви читаєте текст англійською.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>Ще не перекладено на цю мову: %1. Ви читаєте текст такою мовою: %2.</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>Закон щодо цього змінюється. Запитайте свого адвоката або VluchtelingenWerk, що стосується саме вас.</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>Що змінюється</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>This organisation is not in the installed information. It may have been removed in a content update.</source>
        <translation>Цієї організації немає у встановленій інформації. Можливо, її видалили під час оновлення інформації.</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Години роботи: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Адреса: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопійовано</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Скопіювати адресу</translation>
    </message>
    <message>
        <source>Copy the e-mail address</source>
        <translation>Скопіювати адресу електронної пошти</translation>
    </message>
    <message>
        <source>Copy the number %1</source>
        <translation>Скопіювати номер %1</translation>
    </message>
    <message>
        <source>Give this contact to a phone</source>
        <translation>Передати цей контакт на телефон</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera to save the contact.</source>
        <translation>Відскануйте цей код камерою телефона, щоб зберегти контакт.</translation>
    </message>
    <message>
        <source>QR code of the contact %1</source>
        <translation>QR-код контакту %1</translation>
    </message>
    <message>
        <source>Where to save the contact card (.vcf)</source>
        <translation>Куди зберегти картку контакту (.vcf)</translation>
    </message>
    <message>
        <source>Save contact card</source>
        <translation>Зберегти картку контакту</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Введіть повний шлях до файлу. Він починається з /.</translation>
    </message>
    <message>
        <source>Contact card saved.</source>
        <translation>Картку контакту збережено.</translation>
    </message>
    <message>
        <source>They are not known to speak your language. They speak: %1.</source>
        <translation>Наскільки нам відомо, вони не розмовляють вашою мовою. Вони розмовляють такими мовами: %1.</translation>
    </message>
    <message>
        <source>We do not know which languages they speak.</source>
        <translation>Ми не знаємо, якими мовами вони розмовляють.</translation>
    </message>
    <message>
        <source>You can ask whether they can arrange an interpreter (in Dutch: tolk).</source>
        <translation>Ви можете запитати, чи можуть вони знайти перекладача (нідерландською: tolk).</translation>
    </message>
    <message>
        <source>Languages they speak: %1</source>
        <translation>Мови, якими вони розмовляють: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Де: %1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Востаннє перевірено: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Added to your contacts in My case.</source>
        <translation>Додано до ваших контактів у розділі «Моя справа».</translation>
    </message>
    <message>
        <source>Keep in My case</source>
        <translation>Зберегти в розділі «Моя справа»</translation>
    </message>
    <message>
        <source>Open your notes to keep this organisation among your own contacts, with a note of your own.</source>
        <translation>Відкрийте свої нотатки, щоб зберегти цю організацію серед своїх контактів із власною приміткою.</translation>
    </message>
    <message>
        <source>A note for yourself (optional)</source>
        <translation>Примітка для себе (необов’язково)</translation>
    </message>
    <message>
        <source>Add to my contacts</source>
        <translation>Додати до моїх контактів</translation>
    </message>
    <message>
        <source>Save how to reach this organisation as a PDF file in the language you are reading, with the opening hours, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</source>
        <translation>Збережіть контакти цієї організації як PDF-файл мовою, якою ви читаєте, з годинами роботи, датою перевірки та QR-кодом. Надрукуйте його або дайте комусь. У ньому немає нічого з ваших нотаток.</translation>
    </message>
</context>
<context>
    <name>ContentUpdatesPage</name>
    <message>
        <source>Content updates</source>
        <translation>Оновлення інформації</translation>
    </message>
    <message>
        <source>Content updates are not available here.</source>
        <translation>Оновлення інформації тут недоступні.</translation>
    </message>
    <message>
        <source>Content as of %1</source>
        <translation>Інформація станом на %1</translation>
    </message>
    <message>
        <source>No information is installed yet.</source>
        <translation>Інформацію ще не встановлено.</translation>
    </message>
    <message>
        <source>This information may be out of date: your organisation expected you to have newer information by now. Check for updates when you can.</source>
        <translation>Ця інформація може бути застарілою: ваша організація очікувала, що у вас уже буде новіша інформація. Перевірте оновлення, коли зможете.</translation>
    </message>
    <message>
        <source>Last check: %1</source>
        <translation>Остання перевірка: %1</translation>
    </message>
    <message>
        <source>Not checked for updates yet.</source>
        <translation>Оновлення ще не перевірялися.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Перевірити зараз</translation>
    </message>
    <message>
        <source>Add a mirror below to check for updates.</source>
        <translation>Щоб перевіряти оновлення, додайте дзеркало нижче.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Хід завантаження</translation>
    </message>
    <message>
        <source>Checking the mirrors…</source>
        <translation>Перевіряємо дзеркала…</translation>
    </message>
    <message>
        <source>Mirrors</source>
        <translation>Дзеркала</translation>
    </message>
    <message>
        <source>Places to get updates from, tried in order: a USB stick or a folder with a copy, or a web address your organisation gave you. Whatever a mirror offers is used only if your distributor signed it.</source>
        <translation>Місця, звідки можна отримати оновлення. Їх перевіряють по черзі: USB-накопичувач або папка з копією, або вебадреса, яку вам дала ваша організація. Те, що пропонує дзеркало, використовується, лише якщо це підписав ваш розповсюджувач.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Remove the mirror %1</source>
        <translation>Вилучити дзеркало %1</translation>
    </message>
    <message>
        <source>https://… or /media/usb-stick</source>
        <translation>https://… або /media/usb-stick</translation>
    </message>
    <message>
        <source>New mirror</source>
        <translation>Нове дзеркало</translation>
    </message>
    <message>
        <source>Add mirror</source>
        <translation>Додати дзеркало</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Мережа</translation>
    </message>
    <message>
        <source>Only on unmetered networks</source>
        <translation>Лише в мережах без оплати за трафік</translation>
    </message>
    <message>
        <source>This device is not connected to a network now.</source>
        <translation>Цей пристрій зараз не підключений до мережі.</translation>
    </message>
    <message>
        <source>This connection is metered: it may cost money.</source>
        <translation>Це з’єднання з оплатою за трафік: воно може коштувати грошей.</translation>
    </message>
    <message>
        <source>This connection is not metered.</source>
        <translation>Це з’єднання без оплати за трафік.</translation>
    </message>
    <message>
        <source>The app cannot tell whether this connection is metered. With this option on, web mirrors are not used; USB sticks and folders always are.</source>
        <translation>Застосунок не може визначити, чи це з’єднання з оплатою за трафік. Коли цей параметр увімкнено, дзеркала в інтернеті не використовуються; USB-накопичувачі та папки використовуються завжди.</translation>
    </message>
    <message>
        <source>The app connects to the internet only to reach the web mirrors you add here, and sends nothing about you.</source>
        <translation>Застосунок підключається до інтернету лише для того, щоб дістатися до дзеркал в інтернеті, які ви тут додасте, і нічого не надсилає про вас.</translation>
    </message>
    <message>
        <source>Share with phones nearby</source>
        <translation>Поділитися з телефонами поблизу</translation>
    </message>
    <message>
        <source>Phones on the same network can get the information from this computer. Phones check everything they get against your distributor&apos;s signatures, so sharing cannot change what they accept. Only people on the same network (Wi-Fi or cable) can connect. Sharing stops by itself after 30 minutes.</source>
        <translation>Телефони в тій самій мережі можуть отримати інформацію з цього комп’ютера. Телефони перевіряють усе, що отримують, за підписами вашого розповсюджувача, тому поширення не може змінити те, що вони приймають. Підключитися можуть лише люди в тій самій мережі (Wi-Fi або кабель). Поширення само зупиниться через 30 хвилин.</translation>
    </message>
    <message>
        <source>This computer shares the information that came with the app. Updates it installed later are not shared.</source>
        <translation>Цей комп’ютер поширює інформацію, яка була разом із застосунком. Оновлення, які він установив пізніше, не поширюються.</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>Почати поширення</translation>
    </message>
    <message>
        <source>On the phone, open Content updates, add this address as a mirror, and tap Check now:</source>
        <translation>На телефоні відкрийте «Оновлення інформації», додайте цю адресу як дзеркало й торкніться «Перевірити зараз»:</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>QR-код адреси %1</translation>
    </message>
    <message>
        <source>Files sent so far: %1</source>
        <translation>Уже надіслано файлів: %1</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Зупинити поширення</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Day: %1</source>
        <translation>День: %1</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>Місяць: %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>Рік: %1</translation>
    </message>
    <message>
        <source>Hour: %1</source>
        <translation>Година: %1</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Хвилини: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Find help</source>
        <translation>Знайти допомогу</translation>
    </message>
    <message>
        <source>Search by name or what they do</source>
        <translation>Пошук за назвою або за тим, що вони роблять</translation>
    </message>
    <message>
        <source>Search the organisations</source>
        <translation>Пошук організацій</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Language they speak</source>
        <translation>Мова, якою вони розмовляють</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Зараз відкрито</translation>
    </message>
    <message>
        <source>Show only organisations that are open now</source>
        <translation>Показати лише організації, які зараз відкриті</translation>
    </message>
    <message>
        <source>Only organisations whose opening hours we know are shown.</source>
        <translation>Показано лише організації, чиї години роботи ми знаємо.</translation>
    </message>
    <message>
        <source>There are no organisations in the installed information yet. A content update can add them.</source>
        <translation>У встановленій інформації ще немає організацій. Їх може додати оновлення інформації.</translation>
    </message>
    <message>
        <source>No organisation matches. Try fewer filters or other words.</source>
        <translation>Жодна організація не підходить. Спробуйте менше фільтрів або інші слова.</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>Мої контакти</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>This document is not in your vault.</source>
        <translation>Цього документа немає у вашому сховищі.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Попередня сторінка</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Наступна сторінка</translation>
    </message>
    <message>
        <source>Delete this document</source>
        <translation>Видалити цей документ</translation>
    </message>
    <message>
        <source>Delete this document?</source>
        <translation>Видалити цей документ?</translation>
    </message>
    <message>
        <source>The app&apos;s copy is deleted for good.</source>
        <translation>Копію в застосунку буде видалено назавжди.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Залишити</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <translation>Мої документи</translation>
    </message>
    <message>
        <source>Keep photos and PDFs of your letters here, for example from the IND or COA. They are encrypted like your notes. The app keeps its own copy: afterwards you can delete the original file.</source>
        <translation>Зберігайте тут фотографії та PDF-файли своїх листів, наприклад від IND або COA. Вони зашифровані, як і ваші нотатки. Застосунок зберігає власну копію: після цього ви можете видалити оригінальний файл.</translation>
    </message>
    <message>
        <source>Add a photo or PDF</source>
        <translation>Додати фотографію або PDF</translation>
    </message>
    <message>
        <source>File, e.g. /home/me/Downloads/letter.pdf</source>
        <translation>Файл, наприклад /home/me/Downloads/letter.pdf</translation>
    </message>
    <message>
        <source>File to add</source>
        <translation>Файл для додавання</translation>
    </message>
    <message>
        <source>Name, e.g. Letter from the IND, 3 March</source>
        <translation>Назва, наприклад Лист від IND, 3 березня</translation>
    </message>
    <message>
        <source>Name of the document</source>
        <translation>Назва документа</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Документів ще немає.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фотографія</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Glossary</source>
        <translation>Словник</translation>
    </message>
    <message>
        <source>Search for a word</source>
        <translation>Пошук слова</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Пошук у словнику</translation>
    </message>
    <message>
        <source>No word matches “%1”.</source>
        <translation>Немає слів, що відповідають «%1».</translation>
    </message>
    <message>
        <source>There is no glossary in the installed information yet.</source>
        <translation>У встановленій інформації ще немає словника.</translation>
    </message>
</context>
<context>
    <name>HandoutAction</name>
    <message>
        <source>Saved. Open the PDF to print it or pass it on.</source>
        <translation>Збережено. Відкрийте PDF, щоб надрукувати його або передати комусь.</translation>
    </message>
    <message>
        <source>Print or save as PDF</source>
        <translation>Надрукувати або зберегти як PDF</translation>
    </message>
    <message>
        <source>Where to save the PDF file</source>
        <translation>Куди зберегти PDF-файл</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Зберегти PDF</translation>
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
        <translation>Частину інформації не вдалося завантажити. Застосунок працює з інформацією, яка не пошкоджена.</translation>
    </message>
    <message>
        <source>What do you want to know?</source>
        <translation>Що ви хочете дізнатися?</translation>
    </message>
    <message>
        <source>Information as of %1</source>
        <translation>Інформація станом на %1</translation>
    </message>
    <message>
        <source>No information is installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</source>
        <translation>Інформацію ще не встановлено. Перевстановіть застосунок або попросіть оновлення інформації в організації, яка вам його дала.</translation>
    </message>
    <message>
        <source>Dutch words you will hear, explained</source>
        <translation>Нідерландські слова, які ви почуєте, з поясненнями</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Словник</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Search the information</source>
        <translation>Пошук в інформації</translation>
    </message>
    <message>
        <source>This information is from %1 and may be out of date.</source>
        <translation>Ця інформація станом на %1 і може бути застарілою.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Перевірити оновлення</translation>
    </message>
    <message>
        <source>The steps, where you are, and your deadlines</source>
        <translation>Етапи, де ви зараз і ваші строки</translation>
    </message>
    <message>
        <source>Your procedure</source>
        <translation>Ваша процедура</translation>
    </message>
    <message>
        <source>Organisations that can help, and how to reach them</source>
        <translation>Організації, які можуть допомогти, і як з ними зв’язатися</translation>
    </message>
    <message>
        <source>Find help</source>
        <translation>Знайти допомогу</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Choose the language of the app and of the information.</source>
        <translation>Виберіть мову застосунку та інформації.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Ласкаво просимо</translation>
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
        <translation>Не вдалося створити сторінку.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Choose language</source>
        <translation>Вибрати мову</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Головна</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Quick exit: lock your notes and close the app</source>
        <translation>Швидкий вихід: заблокувати ваші нотатки й закрити застосунок</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Мої нотатки</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Волонтер</translation>
    </message>
    <message>
        <source>Volunteer: leave kiosk mode</source>
        <translation>Волонтер: вийти з режиму спільного ноутбука</translation>
    </message>
    <message>
        <source>Still there? Touch the screen to continue.</source>
        <translation>Ви ще тут? Торкніться екрана, щоб продовжити.</translation>
    </message>
    <message numerus="yes">
        <source>The app starts over in %n seconds, for the next person.</source>
        <translation>
            <numerusform>Через %n секунду застосунок почне все заново для наступної людини.</numerusform>
            <numerusform>Через %n секунди застосунок почне все заново для наступної людини.</numerusform>
            <numerusform>Через %n секунд застосунок почне все заново для наступної людини.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Вийти з режиму спільного ноутбука</translation>
    </message>
    <message>
        <source>For volunteers: type the PIN to leave kiosk mode.</source>
        <translation>Для волонтерів: введіть PIN-код, щоб вийти з режиму спільного ноутбука.</translation>
    </message>
    <message>
        <source>Volunteer PIN</source>
        <translation>PIN-код волонтера</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. You can try again in %n seconds.</source>
        <translation>
            <numerusform>Забагато неправильних PIN-кодів. Ви можете спробувати ще раз через %n секунду.</numerusform>
            <numerusform>Забагато неправильних PIN-кодів. Ви можете спробувати ще раз через %n секунди.</numerusform>
            <numerusform>Забагато неправильних PIN-кодів. Ви можете спробувати ще раз через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>MyCasePage</name>
    <message>
        <source>My case</source>
        <translation>Моя справа</translation>
    </message>
    <message>
        <source>The details of your case, in one place. They are kept with your private notes, encrypted, and only you can see them.</source>
        <translation>Дані вашої справи в одному місці. Вони зберігаються разом із вашими особистими нотатками в зашифрованому вигляді, і бачите їх лише ви.</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Your foreigner&apos;s number (V-nummer). You find it on letters from the IND, the Immigration and Naturalisation Service.</source>
        <translation>Ваш номер іноземця (V-nummer). Він є в листах від IND — Служби імміграції та натуралізації.</translation>
    </message>
    <message>
        <source>Digits only, e.g. 1234567890</source>
        <translation>Лише цифри, наприклад 1234567890</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Контактна особа</translation>
    </message>
    <message>
        <source>Your contact person at the IND, or at the COA, the organisation that runs the reception centres.</source>
        <translation>Ваша контактна особа в IND або в COA — організації, яка керує центрами прийому.</translation>
    </message>
    <message>
        <source>Name, organisation, phone number</source>
        <translation>Ім’я, організація, номер телефону</translation>
    </message>
    <message>
        <source>Case worker at the IND or the COA</source>
        <translation>Контактна особа в IND або COA</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <source>Name, office, phone number</source>
        <translation>Ім’я, бюро, номер телефону</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Which asylum procedure you are in. Your lawyer or the letters from the IND can tell you.</source>
        <translation>У якій процедурі надання притулку ви перебуваєте. Це може сказати ваш адвокат, або це видно з листів від IND.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Ще невідомо</translation>
    </message>
    <message>
        <source>General asylum procedure (AA)</source>
        <translation>Загальна процедура надання притулку (AA)</translation>
    </message>
    <message>
        <source>Extended procedure (VA)</source>
        <translation>Продовжена процедура (VA)</translation>
    </message>
    <message>
        <source>Dublin</source>
        <translation>Dublin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Процедура: %1</translation>
    </message>
    <message>
        <source>Registration (asylum application)</source>
        <translation>Реєстрація (заява про притулок)</translation>
    </message>
    <message>
        <source>Detailed interview</source>
        <translation>Детальна співбесіда</translation>
    </message>
    <message>
        <source>Intention to reject received</source>
        <translation>Отримано намір відмовити</translation>
    </message>
    <message>
        <source>View on the intention sent</source>
        <translation>Надіслано відповідь на намір</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>Надіслано рішення</translation>
    </message>
    <message>
        <source>Residence permit granted</source>
        <translation>Надано дозвіл на проживання</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>Подано апеляцію</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Судове засідання</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Важливі дати</translation>
    </message>
    <message>
        <source>The dates of your procedure. Deadlines are counted from them, so write them exactly as they are on your letters.</source>
        <translation>Дати вашої процедури. Від них відраховують строки, тому записуйте їх точно так, як вони вказані у ваших листах.</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Додати дату</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Зустрічі</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>Зустрічей ще немає.</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>Додати зустріч</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Your lawyer, your case worker, your guardian: the people you need to reach.</source>
        <translation>Ваш адвокат, ваша контактна особа, ваш опікун: люди, з якими вам треба зв’язуватися.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Додати особу</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>Важлива дата</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Що сталося</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Що сталося: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Примітка (необов’язково)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>What, e.g. Meeting with my lawyer</source>
        <translation>Що, наприклад Зустріч з адвокатом</translation>
    </message>
    <message>
        <source>What the appointment is</source>
        <translation>Що це за зустріч</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>Де (необов’язково)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Who they are, e.g. My lawyer</source>
        <translation>Хто це, наприклад Мій адвокат</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Хто це</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефону</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Адреса електронної пошти</translation>
    </message>
    <message>
        <source>See your procedure and deadlines</source>
        <translation>Подивіться свою процедуру та строки</translation>
    </message>
</context>
<context>
    <name>NoteEditorPage</name>
    <message>
        <source>New note</source>
        <translation>Нова нотатка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>You have no private notes on this phone yet.</source>
        <translation>На цьому телефоні у вас ще немає особистих нотаток.</translation>
    </message>
    <message>
        <source>Unlock your notes first</source>
        <translation>Спочатку розблокуйте свої нотатки</translation>
    </message>
    <message>
        <source>Go to My notes</source>
        <translation>Перейти до «Мої нотатки»</translation>
    </message>
    <message>
        <source>This note could not be saved. Your text is still here; keep this page open and try again in a moment.</source>
        <translation>Не вдалося зберегти цю нотатку. Ваш текст досі тут. Не закривайте цю сторінку й спробуйте ще раз трохи пізніше.</translation>
    </message>
    <message>
        <source>Your last changes could not be saved. Your text is still here; keep this page open and try again in a moment.</source>
        <translation>Не вдалося зберегти ваші останні зміни. Ваш текст досі тут. Не закривайте цю сторінку й спробуйте ще раз трохи пізніше.</translation>
    </message>
    <message>
        <source>This note could not be deleted. Try again in a moment.</source>
        <translation>Не вдалося видалити цю нотатку. Спробуйте ще раз трохи пізніше.</translation>
    </message>
    <message>
        <source>This note is not there any more. It may have been deleted.</source>
        <translation>Цієї нотатки вже немає. Можливо, її видалили.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Write your note here</source>
        <translation>Напишіть тут свою нотатку</translation>
    </message>
    <message>
        <source>Tags, e.g. interview, lawyer</source>
        <translation>Мітки, наприклад співбесіда, адвокат</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Мітки через кому</translation>
    </message>
    <message>
        <source>Your note is kept as soon as you start typing.</source>
        <translation>Нотатка зберігається, щойно ви починаєте писати.</translation>
    </message>
    <message>
        <source>Created %1 · Changed %2</source>
        <translation>Створено %1 · Змінено %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation>Видалити цю нотатку</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>Видалити цю нотатку?</translation>
    </message>
    <message>
        <source>The note will be deleted from this phone. You cannot undo this.</source>
        <translation>Нотатку буде видалено з цього телефона. Це неможливо скасувати.</translation>
    </message>
    <message>
        <source>Keep the note</source>
        <translation>Залишити нотатку</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Видалити нотатку</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Search articles and words</source>
        <translation>Пошук статей і слів</translation>
    </message>
    <message>
        <source>Search the information</source>
        <translation>Пошук в інформації</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer or shorter words.</source>
        <translation>Нічого не знайдено за запитом «%1». Спробуйте менше слів або коротші слова.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Словник</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Стаття</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>англійською</translation>
    </message>
    <message>
        <source>Type a word, or the beginning of a word. Articles, Dutch words from the glossary, the steps of the procedures and contacts are searched.</source>
        <translation>Введіть слово або початок слова. Пошук іде в статтях, нідерландських словах зі словника, кроках процедур і контактах.</translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation>Крок процедури</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Мова: %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Інформація</translation>
    </message>
    <message>
        <source>No information is installed.</source>
        <translation>Інформацію не встановлено.</translation>
    </message>
    <message>
        <source>%1, published by %2. Information as of %3.</source>
        <translation>%1, видавець: %2. Інформація станом на %3.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Конфіденційність</translation>
    </message>
    <message>
        <source>This app works without internet. It does not collect or send any information about you.</source>
        <translation>Цей застосунок працює без інтернету. Він не збирає і не надсилає жодної інформації про вас.</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>Оновлення інформації</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <source>Today: %1. Deadlines always show the Gregorian date too: it is the date the IND and the courts use.</source>
        <translation>Сьогодні: %1. Біля строків завжди є також дата за григоріанським календарем: саме її використовують IND і суди.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Вигляд</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Розмір тексту</translation>
    </message>
    <message>
        <source>Follow the system (%1%)</source>
        <translation>Як у системі (%1%)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Звичайний</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Високий контраст</translation>
    </message>
    <message>
        <source>Light or dark</source>
        <translation>Світла чи темна тема</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
    <message>
        <source>The volunteer PIN is set.</source>
        <translation>PIN-код волонтера встановлено.</translation>
    </message>
    <message>
        <source>Shared laptop (kiosk) mode</source>
        <translation>Режим спільного ноутбука (кіоск)</translation>
    </message>
    <message>
        <source>For a laptop that many people use, one after the other. The app fills the screen and starts with the choice of language. Notes are not available and no files are saved. After a time without use, it starts over and forgets what the last person did. A volunteer leaves kiosk mode with a PIN.</source>
        <translation>Для ноутбука, яким по черзі користується багато людей. Застосунок займає весь екран і починає з вибору мови. Нотатки недоступні, і жодні файли не зберігаються. Якщо застосунком деякий час не користуються, він починає все заново й забуває, що робила попередня людина. Волонтер виходить із режиму спільного ноутбука за допомогою PIN-коду.</translation>
    </message>
    <message>
        <source>Kiosk mode is on. To leave it, a volunteer taps “Volunteer” at the top and types the PIN.</source>
        <translation>Режим спільного ноутбука ввімкнено. Щоб вийти з нього, волонтер торкається «Волонтер» угорі й вводить PIN-код.</translation>
    </message>
    <message>
        <source>Kiosk mode was asked for. Start it below.</source>
        <translation>Запитано режим спільного ноутбука. Увімкніть його нижче.</translation>
    </message>
    <message>
        <source>Kiosk mode was asked for, but no volunteer PIN is set. Set a PIN, then start kiosk mode.</source>
        <translation>Запитано режим спільного ноутбука, але PIN-код волонтера не встановлено. Встановіть PIN-код, а тоді ввімкніть режим спільного ноутбука.</translation>
    </message>
    <message>
        <source>A volunteer PIN is set. You can set a new one.</source>
        <translation>PIN-код волонтера встановлено. Ви можете встановити новий.</translation>
    </message>
    <message>
        <source>Set a volunteer PIN of 4 to 12 digits, and give it only to volunteers.</source>
        <translation>Встановіть PIN-код волонтера від 4 до 12 цифр і дайте його лише волонтерам.</translation>
    </message>
    <message>
        <source>New volunteer PIN (4 to 12 digits)</source>
        <translation>Новий PIN-код волонтера (від 4 до 12 цифр)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Той самий PIN-код ще раз</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Зберегти PIN-код</translation>
    </message>
    <message>
        <source>Start over after this time without use</source>
        <translation>Починати заново після такого часу бездіяльності</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n хвилина</numerusform>
            <numerusform>%n хвилини</numerusform>
            <numerusform>%n хвилин</numerusform>
        </translation>
    </message>
    <message>
        <source>Start kiosk mode</source>
        <translation>Увімкнути режим спільного ноутбука</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Machine translation, not yet checked by a person</source>
        <translation>Машинний переклад, ще не перевірений людиною</translation>
    </message>
    <message>
        <source>This translation may be out of date</source>
        <translation>Цей переклад може бути застарілим</translation>
    </message>
    <message>
        <source>Not yet in your language. Shown in %1.</source>
        <translation>Вашою мовою ще немає. Мова тексту: %1.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message numerus="yes">
        <source>In %n days</source>
        <translation>
            <numerusform>Через %n день</numerusform>
            <numerusform>Через %n дні</numerusform>
            <numerusform>Через %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Your procedure</source>
        <translation>Ваша процедура</translation>
    </message>
    <message>
        <source>A lawyer must confirm every deadline. The dates in this app are calculations from general rules, and they can be wrong for your case. Ask your lawyer before you rely on them.</source>
        <translation>Кожен строк має підтвердити адвокат. Дати в цьому застосунку розраховані за загальними правилами, і для вашої справи вони можуть бути неправильними. Запитайте свого адвоката, перш ніж на них покладатися.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the English text.</source>
        <translation>Ще не перекладено на цю мову: %1. Ви читаєте текст англійською.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>Ще не перекладено на цю мову: %1. Ви читаєте текст такою мовою: %2.</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>Закон щодо цього змінюється. Запитайте свого адвоката або VluchtelingenWerk, що стосується саме вас.</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>Що змінюється</translation>
    </message>
    <message>
        <source>No procedures are installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</source>
        <translation>Процедури ще не встановлено. Перевстановіть застосунок або попросіть оновлення інформації в організації, яка вам його дала.</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Процедура: %1</translation>
    </message>
    <message>
        <source>The dot marks where you are, from the dates in My case.</source>
        <translation>Крапка показує, де ви зараз, за датами з розділу «Моя справа».</translation>
    </message>
    <message>
        <source>Add the dates from your letters in My case to see where you are.</source>
        <translation>Додайте дати з ваших листів у розділі «Моя справа», щоб побачити, де ви зараз.</translation>
    </message>
    <message>
        <source>Open your notes to see where you are and your own deadlines.</source>
        <translation>Відкрийте свої нотатки, щоб побачити, де ви зараз, і ваші власні строки.</translation>
    </message>
    <message>
        <source>Step %1: %2. You are here.</source>
        <translation>Крок %1: %2. Ви тут.</translation>
    </message>
    <message>
        <source>Step %1: %2. This comes next.</source>
        <translation>Крок %1: %2. Це наступний крок.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Крок %1: %2</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Ви тут</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Your date: %1</source>
        <translation>Ваша дата: %1</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>Хто там буде</translation>
    </message>
    <message>
        <source>What to prepare</source>
        <translation>Що підготувати</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Ваші права</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Скільки триває</translation>
    </message>
    <message>
        <source>Time limit: %1. Ask your lawyer at once how much time you have.</source>
        <translation>Строк: %1. Одразу запитайте свого адвоката, скільки у вас часу.</translation>
    </message>
    <message>
        <source>Time limit: %1, %2.</source>
        <translation>Строк: %1, %2.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Правова підстава: %1</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Докладніше</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Читати: %1</translation>
    </message>
    <message>
        <source>My deadlines</source>
        <translation>Мої строки</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Введіть повний шлях до файлу. Він починається з /.</translation>
    </message>
    <message>
        <source>Calendar saved. Open it with your calendar app to add the dates.</source>
        <translation>Календар збережено. Відкрийте його в застосунку календаря, щоб додати дати.</translation>
    </message>
    <message>
        <source>You have not chosen your procedure in My case. Until you do, the deadlines are counted with the shortest time limits, those of the general procedure (AA).</source>
        <translation>Ви ще не вибрали свою процедуру в розділі «Моя справа». Доки ви цього не зробите, строки рахуються за найкоротшими правилами — правилами загальної процедури надання притулку (AA).</translation>
    </message>
    <message>
        <source>Add the dates from your letters in My case, for example the day your decision was sent. Your deadlines then appear here.</source>
        <translation>Додайте дати з ваших листів у розділі «Моя справа», наприклад день, коли вам надіслали рішення. Тоді тут з’являться ваші строки.</translation>
    </message>
    <message>
        <source>None of your dates starts a time limit that this app can count.</source>
        <translation>Жодна з ваших дат не починає строк, який цей застосунок може розрахувати.</translation>
    </message>
    <message>
        <source>Ask your lawyer at once: this app gives no date for this time limit.</source>
        <translation>Одразу запитайте свого адвоката: цей застосунок не показує дати для цього строку.</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>Останній день: %1</translation>
    </message>
    <message>
        <source>This deadline could not be counted (%1). Ask your lawyer.</source>
        <translation>Не вдалося розрахувати цей строк (%1). Запитайте свого адвоката.</translation>
    </message>
    <message>
        <source>This date has passed.</source>
        <translation>Ця дата вже минула.</translation>
    </message>
    <message>
        <source>Counted from: %1</source>
        <translation>Відраховано від: %1</translation>
    </message>
    <message>
        <source>It is not certain that this time limit gets extra days. To be safe, act by %1.</source>
        <translation>Невідомо напевно, чи до цього строку додаються додаткові дні. Щоб не ризикувати, вважайте останнім днем: %1.</translation>
    </message>
    <message>
        <source>Counted with the time limit of the general procedure (AA), because you have not chosen your procedure.</source>
        <translation>Розраховано за строком загальної процедури надання притулку (AA), бо ви не вибрали свою процедуру.</translation>
    </message>
    <message>
        <source>A lawyer must confirm this deadline.</source>
        <translation>Цей строк має підтвердити адвокат.</translation>
    </message>
    <message>
        <source>How it was counted:</source>
        <translation>Як розраховано:</translation>
    </message>
    <message>
        <source>Edit my dates in My case</source>
        <translation>Змінити мої дати в розділі «Моя справа»</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Найближчим часом</translation>
    </message>
    <message>
        <source>No deadlines or appointments from today on.</source>
        <translation>Від сьогодні немає строків чи зустрічей.</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Строк: %1</translation>
    </message>
    <message>
        <source>Ask your lawyer at once</source>
        <translation>Одразу запитайте свого адвоката</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation>Додати до календаря</translation>
    </message>
    <message>
        <source>Save your deadlines and appointments as a calendar file (.ics) that calendar apps can import. The file is not encrypted: anyone who opens it can read it.</source>
        <translation>Збережіть свої строки й зустрічі як файл календаря (.ics), який можна імпортувати в застосунки календаря. Файл не зашифрований: його може прочитати кожен, хто його відкриє.</translation>
    </message>
    <message>
        <source>Type where to save it, for example %1</source>
        <translation>Введіть, куди його зберегти, наприклад %1</translation>
    </message>
    <message>
        <source>Where to save the calendar file</source>
        <translation>Куди зберегти файл календаря</translation>
    </message>
    <message>
        <source>Write only &quot;Deadline&quot; and &quot;Appointment&quot;, without details, so a locked phone shows nothing about your case</source>
        <translation>Писати лише «Строк» і «Зустріч», без подробиць, щоб заблокований телефон нічого не показував про вашу справу</translation>
    </message>
    <message>
        <source>Save calendar file</source>
        <translation>Зберегти файл календаря</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Save the steps of this procedure as a PDF file in the language you are reading, with the time limits, the sources and the date it was checked. Print it or give it to someone. It holds nothing from your notes and none of your own dates.</source>
        <translation>Збережіть кроки цієї процедури як PDF-файл мовою, якою ви читаєте, зі строками, джерелами та датою перевірки. Надрукуйте його або дайте комусь. У ньому немає нічого з ваших нотаток і жодної з ваших власних дат.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There is no information on this topic yet.</source>
        <translation>Інформації на цю тему ще немає.</translation>
    </message>
</context>
<context>
    <name>VaultLockedNotice</name>
    <message>
        <source>You have no private notes on this phone yet.</source>
        <translation>На цьому телефоні у вас ще немає особистих нотаток.</translation>
    </message>
    <message>
        <source>Unlock your notes first</source>
        <translation>Спочатку розблокуйте свої нотатки</translation>
    </message>
    <message>
        <source>Go to My notes</source>
        <translation>Перейти до «Мої нотатки»</translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <source>My notes</source>
        <translation>Мої нотатки</translation>
    </message>
    <message>
        <source>Your notes are locked.</source>
        <translation>Ваші нотатки заблоковано.</translation>
    </message>
    <message>
        <source>Your notes are open.</source>
        <translation>Ваші нотатки відкрито.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокувати</translation>
    </message>
    <message>
        <source>Lock my notes</source>
        <translation>Заблокувати мої нотатки</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Швидкий вихід</translation>
    </message>
    <message>
        <source>Quick exit: lock my notes and close the app at once</source>
        <translation>Швидкий вихід: заблокувати мої нотатки й одразу закрити застосунок</translation>
    </message>
    <message>
        <source>Your passphrase is too short. Use at least %1 characters.</source>
        <translation>Ваша парольна фраза закоротка. Вона має складатися щонайменше з %1 символів.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Дві парольні фрази не збігаються. Введіть їх ще раз.</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Особисті нотатки</translation>
    </message>
    <message>
        <source>Keep private notes about your case. They are locked with a passphrase and stored only on this device, encrypted.</source>
        <translation>Ведіть особисті нотатки про свою справу. Вони захищені парольною фразою і зберігаються лише на цьому пристрої в зашифрованому вигляді.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters. A PIN of %1 or more digits works, but a longer passphrase is safer. Do not use your date of birth or your V-number.</source>
        <translation>Виберіть парольну фразу щонайменше з %1 символів. PIN-код із %1 або більше цифр теж підходить, але довша парольна фраза безпечніша. Не використовуйте свою дату народження або свій V-nummer.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Введіть парольну фразу ще раз</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Створити</translation>
    </message>
    <message>
        <source>Create my private notes</source>
        <translation>Створити мої особисті нотатки</translation>
    </message>
    <message>
        <source>Making your vault safe. This takes a few seconds.</source>
        <translation>Захищаємо ваше сховище. Це триває кілька секунд.</translation>
    </message>
    <message>
        <source>I have a backup from another phone</source>
        <translation>У мене є резервна копія з іншого телефона</translation>
    </message>
    <message>
        <source>Type where the backup file is, for example %1, and the passphrase or recovery key that opens it.</source>
        <translation>Введіть, де лежить файл резервної копії, наприклад %1, а також парольну фразу або ключ відновлення, яким він відкривається.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервної копії</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Парольна фраза або ключ відновлення</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Відновити резервну копію</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Введіть повний шлях до файлу. Він починається з /.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Ваш ключ відновлення</translation>
    </message>
    <message>
        <source>Write this recovery key on paper and keep it somewhere safe. If you forget your passphrase, it is the only way to open your notes. It will not be shown again.</source>
        <translation>Запишіть цей ключ відновлення на папері й зберігайте його в безпечному місці. Якщо ви забудете свою парольну фразу, це єдиний спосіб відкрити ваші нотатки. Його більше не буде показано.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ відновлення</translation>
    </message>
    <message>
        <source>I wrote it down</source>
        <translation>Ключ записано</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <source>Open your notes</source>
        <translation>Відкрийте свої нотатки</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you made your notes. Spaces and dashes do not matter.</source>
        <translation>Введіть ключ відновлення, який ви записали, коли створювали нотатки. Пробіли й дефіси не мають значення.</translation>
    </message>
    <message>
        <source>Type your passphrase to open your notes.</source>
        <translation>Введіть свою парольну фразу, щоб відкрити нотатки.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Розблокувати</translation>
    </message>
    <message>
        <source>Unlock my notes</source>
        <translation>Розблокувати мої нотатки</translation>
    </message>
    <message>
        <source>Opening your notes. This takes a few seconds.</source>
        <translation>Відкриваємо ваші нотатки. Це триває кілька секунд.</translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation>Використати ключ відновлення</translation>
    </message>
    <message>
        <source>After your notes are open, choose a new passphrase in Vault settings.</source>
        <translation>Коли нотатки відкриються, виберіть нову парольну фразу в розділі «Налаштування сховища».</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Нова нотатка</translation>
    </message>
    <message>
        <source>My case</source>
        <translation>Моя справа</translation>
    </message>
    <message>
        <source>My case: V-number, case worker, lawyer and procedure</source>
        <translation>Моя справа: V-nummer, контактна особа, адвокат і процедура</translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation>Налаштування сховища</translation>
    </message>
    <message>
        <source>Search your notes</source>
        <translation>Пошук у нотатках</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не збережено: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Збережено</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Зберігаємо…</translation>
    </message>
    <message>
        <source>No notes yet. Write down what happened at your interview, names, dates, questions for your lawyer.</source>
        <translation>Нотаток ще немає. Запишіть, що було на вашій співбесіді, імена, дати, запитання до адвоката.</translation>
    </message>
    <message>
        <source>No notes contain “%1”.</source>
        <translation>Немає нотаток, що містять «%1».</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>Нотатка без назви</translation>
    </message>
    <message>
        <source>Changed %1 · %2</source>
        <translation>Змінено %1 · %2</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Змінено %1</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Мої документи</translation>
    </message>
    <message>
        <source>My documents: photos and PDFs of letters</source>
        <translation>Мої документи: фотографії та PDF-файли листів</translation>
    </message>
</context>
<context>
    <name>VaultSettingsPage</name>
    <message>
        <source>Vault settings</source>
        <translation>Налаштування сховища</translation>
    </message>
    <message>
        <source>Working on your vault. This can take a few seconds.</source>
        <translation>Працюємо з вашим сховищем. Це може тривати кілька секунд.</translation>
    </message>
    <message>
        <source>Your passphrase is too short. Use at least %1 characters.</source>
        <translation>Ваша парольна фраза закоротка. Вона має складатися щонайменше з %1 символів.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Дві парольні фрази не збігаються. Введіть їх ще раз.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Введіть повний шлях до файлу. Він починається з /.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Змінити парольну фразу</translation>
    </message>
    <message>
        <source>Your notes stay as they are. Your recovery key keeps working.</source>
        <translation>Ваші нотатки залишаться без змін. Ваш ключ відновлення й далі працюватиме.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Нова парольна фраза</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Введіть нову парольну фразу ще раз</translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a few seconds.</source>
        <translation>Змінюємо вашу парольну фразу. Це триває кілька секунд.</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Блокувати автоматично</translation>
    </message>
    <message>
        <source>Your notes lock when you leave the app, and after this many minutes without use:</source>
        <translation>Ваші нотатки блокуються, коли ви виходите із застосунку, а також після стількох хвилин бездіяльності:</translation>
    </message>
    <message>
        <source>Minutes without use before your notes lock</source>
        <translation>Скільки хвилин бездіяльності до блокування нотаток</translation>
    </message>
    <message numerus="yes">
        <source>minutes</source>
        <translation>
            <numerusform>хвилина</numerusform>
            <numerusform>хвилини</numerusform>
            <numerusform>хвилин</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Зберегти резервну копію</translation>
    </message>
    <message>
        <source>A backup is a copy of your vault that stays encrypted. Save it on a memory card or USB stick to move your notes to a new phone. It opens with the passphrase you have now, or with your recovery key.</source>
        <translation>Резервна копія — це копія вашого сховища, яка залишається зашифрованою. Збережіть її на карті пам’яті або USB-накопичувачі, щоб перенести нотатки на новий телефон. Вона відкривається вашою нинішньою парольною фразою або ключем відновлення.</translation>
    </message>
    <message>
        <source>Type where to save it, for example %1</source>
        <translation>Введіть, куди її зберегти, наприклад %1</translation>
    </message>
    <message>
        <source>Where to save the backup</source>
        <translation>Куди зберегти резервну копію</translation>
    </message>
    <message>
        <source>Save backup</source>
        <translation>Зберегти резервну копію</translation>
    </message>
    <message>
        <source>Saving the backup.</source>
        <translation>Зберігаємо резервну копію.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Відновлення резервної копії</translation>
    </message>
    <message>
        <source>Restoring a backup replaces the notes on this phone with the notes in the backup. Type where the backup file is, and the passphrase or recovery key that opens it.</source>
        <translation>Відновлення резервної копії замінює нотатки на цьому телефоні нотатками з резервної копії. Введіть, де лежить файл резервної копії, а також парольну фразу або ключ відновлення, яким він відкривається.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервної копії</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Парольна фраза або ключ відновлення</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Відновити резервну копію</translation>
    </message>
    <message>
        <source>Delete my vault</source>
        <translation>Видалити моє сховище</translation>
    </message>
    <message>
        <source>Deletes all your notes and case details from this phone.</source>
        <translation>Видаляє всі ваші нотатки й дані про справу з цього телефона.</translation>
    </message>
    <message>
        <source>Replace your notes?</source>
        <translation>Замінити ваші нотатки?</translation>
    </message>
    <message>
        <source>The notes and case details on this phone will be replaced by those in the backup. You cannot undo this.</source>
        <translation>Нотатки й дані про справу на цьому телефоні буде замінено тими, що є в резервній копії. Це неможливо скасувати.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Замінити</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>ВИДАЛИТИ</translation>
    </message>
    <message>
        <source>Delete your vault?</source>
        <translation>Видалити ваше сховище?</translation>
    </message>
    <message>
        <source>All your notes and case details will be deleted from this phone. This cannot be undone, not even with the recovery key. Backups you saved somewhere else are not deleted.</source>
        <translation>Усі ваші нотатки й дані про справу буде видалено з цього телефона. Це неможливо скасувати, навіть за допомогою ключа відновлення. Резервні копії, які ви зберегли в іншому місці, не буде видалено.</translation>
    </message>
    <message>
        <source>To confirm, type %1</source>
        <translation>Щоб підтвердити, введіть %1</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Введіть %1, щоб підтвердити</translation>
    </message>
    <message>
        <source>Keep my vault</source>
        <translation>Залишити моє сховище</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Видалити назавжди</translation>
    </message>
    <message>
        <source>Your vault was deleted from this phone.</source>
        <translation>Ваше сховище видалено з цього телефона.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>While your notes are open, the app reminds you of your deadlines 7 days, 2 days and 1 day before and on the last day, and of your appointments 1 day and 2 hours before. While your notes are locked, there are no reminders. Your reminders are also listed under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</source>
        <translation>Коли ваші нотатки відкрито, застосунок нагадує вам про строки за 7 днів, за 2 дні, за 1 день і в останній день, а про зустрічі — за 1 день і за 2 години. Коли ваші нотатки заблоковано, нагадувань немає. Ваші нагадування також є в розділі «Найближчим часом» на сторінці «Ваша процедура».</translation>
    </message>
    <message>
        <source>Show details in reminders</source>
        <translation>Показувати подробиці в нагадуваннях</translation>
    </message>
    <message>
        <source>Reminders say which deadline or appointment it is. Anyone who sees your screen, even when it is locked, can read it.</source>
        <translation>Нагадування показують, який це строк чи яка зустріч. Будь-хто, хто бачить ваш екран, може це прочитати, навіть коли екран заблоковано.</translation>
    </message>
    <message>
        <source>Reminders only say &quot;You have a deadline in 2 days&quot;, not which one, so a locked screen shows nothing about your case.</source>
        <translation>Нагадування кажуть лише «У вас строк через 2 дні», але не кажуть, який саме. Тож заблокований екран нічого не показує про вашу справу.</translation>
    </message>
    <message>
        <source>This device did not show a reminder as a notification. You find your reminders under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</source>
        <translation>Цей пристрій не показав нагадування як сповіщення. Ваші нагадування є в розділі «Найближчим часом» на сторінці «Ваша процедура».</translation>
    </message>
    <message>
        <source>The app remembers which reminders it has shown only until you close it. After a restart, a reminder of the last 24 hours can show once more.</source>
        <translation>Застосунок пам’ятає, які нагадування вже показав, лише доки ви його не закриєте. Після перезапуску нагадування за останні 24 години може з’явитися ще раз.</translation>
    </message>
</context>
<context>
    <name>rc::contacts::OpeningHours</name>
    <message>
        <source>Opens today at %1</source>
        <translation>Відкривається сьогодні о %1</translation>
    </message>
    <message>
        <source>Opens tomorrow at %1</source>
        <translation>Відкривається завтра о %1</translation>
    </message>
    <message>
        <source>Opens %1 at %2</source>
        <extracomment>%1 is a day (&quot;Monday&quot;) or a date (&quot;Thursday 8 January&quot;), %2 a time (&quot;09:00&quot;)</extracomment>
        <translation>Відкривається: %1, о %2</translation>
    </message>
    <message>
        <source>Open now, until midnight</source>
        <translation>Зараз відкрито, до опівночі</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Зараз відкрито, до %1</translation>
    </message>
    <message>
        <source>Open now, until tomorrow at %1</source>
        <translation>Зараз відкрито, до завтра о %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <extracomment>%1 is a day (&quot;Monday&quot;) or a date (&quot;Thursday 8 January&quot;), %2 a time (&quot;09:00&quot;)</extracomment>
        <translation>Зараз відкрито. Зачиняється: %1, о %2</translation>
    </message>
    <message>
        <source>Open 24 hours, every day</source>
        <translation>Відкрито цілодобово, щодня</translation>
    </message>
    <message>
        <source>Not open on any day</source>
        <translation>Не працює жодного дня</translation>
    </message>
    <message>
        <source>Closed today (public holiday). %1</source>
        <extracomment>%1 says when it opens next, e.g. &quot;Opens tomorrow at 09:00&quot;</extracomment>
        <translation>Сьогодні зачинено (святковий день). %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactDetails</name>
    <message>
        <source>Call %1</source>
        <translation>Зателефонувати: %1</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Екстрена допомога</translation>
    </message>
    <message>
        <source>Only from a Dutch phone number</source>
        <translation>Лише з нідерландського номера телефону</translation>
    </message>
    <message>
        <source>WhatsApp %1</source>
        <translation>WhatsApp: %1</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>Написати на %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Вебсайт: %1</translation>
    </message>
    <message>
        <source>This organisation is not in the installed information.</source>
        <translation>Цієї організації немає у встановленій інформації.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Введіть повний шлях до файлу. Він починається з /.</translation>
    </message>
    <message>
        <source>The contact card could not be saved at %1: %2</source>
        <translation>Не вдалося зберегти картку контакту в %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactListModel</name>
    <message>
        <source>Across the Netherlands</source>
        <translation>По всіх Нідерландах</translation>
    </message>
    <message>
        <source>In a region or town</source>
        <translation>У регіоні чи місті</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Усі теми</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Усі регіони</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Будь-яка мова</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactTexts</name>
    <message>
        <source>Legal help</source>
        <translation>Правова допомога</translation>
    </message>
    <message>
        <source>Support during the procedure</source>
        <translation>Підтримка під час процедури</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоров’я</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Психічне здоров’я</translation>
    </message>
    <message>
        <source>LGBTIQ+</source>
        <translation>ЛГБТІК+</translation>
    </message>
    <message>
        <source>Violence against women and girls</source>
        <translation>Насильство щодо жінок і дівчат</translation>
    </message>
    <message>
        <source>Human trafficking</source>
        <translation>Торгівля людьми</translation>
    </message>
    <message>
        <source>Children on their own</source>
        <translation>Діти без батьків</translation>
    </message>
    <message>
        <source>Finding family members</source>
        <translation>Пошук родичів</translation>
    </message>
    <message>
        <source>Going back</source>
        <translation>Повернення додому</translation>
    </message>
    <message>
        <source>Without papers</source>
        <translation>Без документів</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Екстрені випадки</translation>
    </message>
    <message>
        <source>Across the Netherlands</source>
        <translation>По всіх Нідерландах</translation>
    </message>
    <message>
        <source>Hours not known: check the website</source>
        <translation>Години роботи невідомі: перевірте на вебсайті</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>Години роботи невідомі</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContentUpdates</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Download progress, e.g. &quot;120 KB of 300 KB&quot;</extracomment>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>This web address is not valid. Type it like https://example.org/content/.</source>
        <translation>Ця вебадреса неправильна. Введіть її так: https://example.org/content/.</translation>
    </message>
    <message>
        <source>Type a web address starting with https://, or the full path of a folder, starting with /.</source>
        <translation>Введіть вебадресу, що починається з https://, або повний шлях до папки, що починається з /.</translation>
    </message>
    <message>
        <source>This mirror is already in the list.</source>
        <translation>Це дзеркало вже є в списку.</translation>
    </message>
    <message>
        <source>Content updates are not available here.</source>
        <translation>Оновлення інформації тут недоступні.</translation>
    </message>
    <message>
        <source>Add a mirror first: a USB stick or folder with a copy of the information, or the web address your organisation gave you.</source>
        <translation>Спочатку додайте дзеркало: USB-накопичувач або папку з копією інформації, або вебадресу, яку вам дала ваша організація.</translation>
    </message>
    <message>
        <source>The app cannot tell whether this connection costs money, so the web mirrors were not used. Turn off &quot;Only on unmetered networks&quot; to use them anyway.</source>
        <translation>Застосунок не може визначити, чи це з’єднання коштує грошей, тому дзеркала в інтернеті не використано. Вимкніть «Лише в мережах без оплати за трафік», щоб усе одно їх використати.</translation>
    </message>
    <message>
        <source>This device is not connected to a network, so the web mirrors were not used.</source>
        <translation>Цей пристрій не підключений до мережі, тому дзеркала в інтернеті не використано.</translation>
    </message>
    <message>
        <source>This connection may cost money (it is metered), so the web mirrors were not used.</source>
        <translation>Це з’єднання може коштувати грошей (оплата за трафік), тому дзеркала в інтернеті не використано.</translation>
    </message>
    <message>
        <source>The information was updated.</source>
        <translation>Інформацію оновлено.</translation>
    </message>
    <message>
        <source>The information is up to date.</source>
        <translation>Інформація актуальна.</translation>
    </message>
    <message>
        <source>This copy of the information is older than what you already have. It was ignored, and nothing changed.</source>
        <translation>Ця копія інформації старіша за ту, що у вас уже є. Її пропущено, нічого не змінилося.</translation>
    </message>
    <message>
        <source>A mirror offered older information than what you already have. It was refused, and nothing changed.</source>
        <translation>Дзеркало запропонувало старішу інформацію, ніж та, що у вас уже є. Її відхилено, нічого не змінилося.</translation>
    </message>
    <message>
        <source>The information on the mirror has expired: the mirror is no longer kept up to date, or someone is holding back updates. Nothing changed.</source>
        <translation>Інформація на дзеркалі застаріла: дзеркало більше не оновлюють, або хтось затримує оновлення. Нічого не змінилося.</translation>
    </message>
    <message>
        <source>The mirror could not be read: it cannot be reached, or it holds no copy of the information. Nothing changed.</source>
        <translation>Не вдалося прочитати дзеркало: до нього неможливо дістатися, або на ньому немає копії інформації. Нічого не змінилося.</translation>
    </message>
    <message>
        <source>The information could not be updated on this device. Nothing changed.</source>
        <translation>Не вдалося оновити інформацію на цьому пристрої. Нічого не змінилося.</translation>
    </message>
    <message>
        <source>The information on the mirror is not correctly signed by your distributor. It was refused, and nothing changed.</source>
        <translation>Інформація на дзеркалі неправильно підписана вашим розповсюджувачем. Її відхилено, нічого не змінилося.</translation>
    </message>
    <message>
        <source>This copy is older than its signatures allow, but nothing in it is older than what you had, so it was used.</source>
        <translation>Ця копія старіша, ніж дозволяють її підписи, але в ній немає нічого старішого за те, що у вас було, тому її використано.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Подробиці: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::DocumentsModel</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>Файл не знайдено: %1.</translation>
    </message>
    <message>
        <source>Only photos and PDF files can be kept here.</source>
        <translation>Тут можна зберігати лише фотографії та PDF-файли.</translation>
    </message>
</context>
<context>
    <name>rc::ui::Handout</name>
    <message>
        <source>No content is installed, so there is nothing to print.</source>
        <translation>Інформацію не встановлено, тому нічого друкувати.</translation>
    </message>
    <message>
        <source>This article is not installed. Update the content and try again.</source>
        <translation>Цю статтю не встановлено. Оновіть інформацію і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>This procedure is not installed. Update the content and try again.</source>
        <translation>Цю процедуру не встановлено. Оновіть інформацію і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>Хто там буде</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Скільки триває</translation>
    </message>
    <message>
        <source>What to prepare</source>
        <translation>Що підготувати</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Ваші права</translation>
    </message>
    <message>
        <source>Time limit: %1. Ask your lawyer at once how much time you have.</source>
        <translation>Строк: %1. Одразу запитайте свого адвоката, скільки у вас часу.</translation>
    </message>
    <message>
        <source>Time limit: %1, %2.</source>
        <translation>Строк: %1, %2.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Правова підстава: %1</translation>
    </message>
    <message>
        <source>This contact is not installed. Update the content and try again.</source>
        <translation>Цей контакт не встановлено. Оновіть інформацію і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Години роботи:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Only from a Dutch phone number</source>
        <translation>Лише з нідерландського номера телефону</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Введіть повний шлях до файлу. Він починається з /.</translation>
    </message>
    <message>
        <source>%1 is a folder. Type a file name at the end, for example handout.pdf.</source>
        <translation>%1 — це папка. Введіть у кінці назву файлу, наприклад handout.pdf.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that exists, or create it first.</source>
        <translation>Папки %1 не існує. Виберіть наявну папку або спочатку створіть її.</translation>
    </message>
    <message>
        <source>Scan to get %1 and read more in the app:</source>
        <translation>Відскануйте, щоб отримати %1 і прочитати більше в застосунку:</translation>
    </message>
    <message>
        <source>Scan to open the source on a phone:</source>
        <translation>Відскануйте, щоб відкрити джерело на телефоні:</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>Ще не перекладено на цю мову: %1. Ви читаєте текст такою мовою: %2.</translation>
    </message>
    <message>
        <source>Machine translation, not yet checked by a person</source>
        <translation>Машинний переклад, ще не перевірений людиною</translation>
    </message>
    <message>
        <source>This translation may be out of date</source>
        <translation>Цей переклад може бути застарілим</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>Закон щодо цього змінюється. Запитайте свого адвоката або VluchtelingenWerk, що стосується саме вас.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Востаннє перевірено: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Надруковано: %1</translation>
    </message>
    <message>
        <source>Could not save the handout to %1: %2</source>
        <translation>Не вдалося зберегти PDF-файл у %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::KioskController</name>
    <message>
        <source>Leave kiosk mode before you change the PIN.</source>
        <translation>Вийдіть із режиму спільного ноутбука, перш ніж змінювати PIN-код.</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation>PIN-код має містити від %1 до %2 цифр.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>Два PIN-коди не збігаються. Введіть їх ще раз.</translation>
    </message>
    <message>
        <source>The PIN could not be stored. Close other apps and try again.</source>
        <translation>Не вдалося зберегти PIN-код. Закрийте інші застосунки й спробуйте ще раз.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Забагато неправильних PIN-кодів. Зачекайте %n секунду, а тоді спробуйте ще раз.</numerusform>
            <numerusform>Забагато неправильних PIN-кодів. Зачекайте %n секунди, а тоді спробуйте ще раз.</numerusform>
            <numerusform>Забагато неправильних PIN-кодів. Зачекайте %n секунд, а тоді спробуйте ще раз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Цей PIN-код неправильний. Зачекайте %n секунду, а тоді спробуйте ще раз.</numerusform>
            <numerusform>Цей PIN-код неправильний. Зачекайте %n секунди, а тоді спробуйте ще раз.</numerusform>
            <numerusform>Цей PIN-код неправильний. Зачекайте %n секунд, а тоді спробуйте ще раз.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Цей PIN-код неправильний.</translation>
    </message>
</context>
<context>
    <name>rc::ui::LanShareController</name>
    <message>
        <source>Sharing stops by itself in %1.</source>
        <extracomment>%1 is minutes and seconds, e.g. 29:59</extracomment>
        <translation>Поширення само зупиниться через %1.</translation>
    </message>
    <message>
        <source>This computer does not seem to be connected to a local network (Wi-Fi or cable). Connect it to the same network as the phones, then stop and start sharing again.</source>
        <translation>Здається, цей комп’ютер не підключений до локальної мережі (Wi-Fi або кабель). Підключіть його до тієї самої мережі, що й телефони, а тоді зупиніть і знову почніть поширення.</translation>
    </message>
    <message>
        <source>Sharing stopped by itself. Start it again if more phones need the information.</source>
        <translation>Поширення зупинилося само. Почніть його знову, якщо інформація потрібна ще іншим телефонам.</translation>
    </message>
    <message>
        <source>Sharing stopped.</source>
        <translation>Поширення зупинено.</translation>
    </message>
</context>
<context>
    <name>rc::ui::LanguageController</name>
    <message>
        <source>This language is not known to the app.</source>
        <translation>Застосунок не знає цієї мови.</translation>
    </message>
    <message>
        <source>The interface is not available in %1 on this device. It is shown in %2.</source>
        <extracomment>%1 is the name of a language in that language, e.g. &quot;Nederlands&quot;.</extracomment>
        <translation>На цьому пристрої інтерфейс недоступний такою мовою: %1. Його показано такою мовою: %2.</translation>
    </message>
    <message>
        <source>Gregorian calendar</source>
        <translation>Григоріанський календар</translation>
    </message>
    <message>
        <source>Solar Hijri calendar</source>
        <translation>Сонячний календар хіджри</translation>
    </message>
    <message>
        <source>Ethiopian calendar</source>
        <translation>Ефіопський календар</translation>
    </message>
</context>
<context>
    <name>rc::ui::MyDeadlinesModel</name>
    <message>
        <source>Deadlines cannot be counted: the deadline data of this app is damaged (%1). Ask your lawyer for every deadline.</source>
        <translation>Неможливо розрахувати строки: дані про строки в цьому застосунку пошкоджені (%1). Запитайте свого адвоката про кожен строк.</translation>
    </message>
    <message>
        <source>Registration (asylum application)</source>
        <translation>Реєстрація (заява про притулок)</translation>
    </message>
    <message>
        <source>Detailed interview</source>
        <translation>Детальна співбесіда</translation>
    </message>
    <message>
        <source>Intention to reject received</source>
        <translation>Отримано намір відмовити</translation>
    </message>
    <message>
        <source>View on the intention sent</source>
        <translation>Надіслано відповідь на намір</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>Надіслано рішення</translation>
    </message>
    <message>
        <source>Residence permit granted</source>
        <translation>Надано дозвіл на проживання</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>Подано апеляцію</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Судове засідання</translation>
    </message>
    <message>
        <source>Open your notes first.</source>
        <translation>Спочатку відкрийте свої нотатки.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Введіть повний шлях до файлу. Він починається з /.</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>Останній день: %1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Appointment at %1</source>
        <extracomment>%1 is a time of day, e.g. 14:30</extracomment>
        <translation>Зустріч: %1</translation>
    </message>
    <message>
        <source>Counted from %1 (%2).</source>
        <translation>Відраховано від %1 (%2).</translation>
    </message>
    <message>
        <source>A lawyer must confirm this deadline.</source>
        <translation>Цей строк має підтвердити адвокат.</translation>
    </message>
    <message>
        <source>There is nothing to export: no deadlines or appointments from today on.</source>
        <translation>Немає чого експортувати: від сьогодні немає строків чи зустрічей.</translation>
    </message>
    <message>
        <source>The calendar could not be made: %1</source>
        <translation>Не вдалося створити календар: %1</translation>
    </message>
    <message>
        <source>The calendar could not be saved at %1: %2</source>
        <translation>Не вдалося зберегти календар у %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReadAloud</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>Sentence %1 of %2</source>
        <translation>Речення %1 з %2</translation>
    </message>
    <message>
        <source>The device&apos;s voice stopped with an error: %1</source>
        <translation>Голос пристрою зупинився через помилку: %1</translation>
    </message>
    <message>
        <source>The recording of this article could not be read.</source>
        <translation>Не вдалося прочитати аудіозапис цієї статті.</translation>
    </message>
    <message>
        <source>The recording cannot be played on this device: %1</source>
        <translation>Аудіозапис неможливо відтворити на цьому пристрої: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReminderScheduler</name>
    <message>
        <source>You have a deadline today</source>
        <translation>У вас строк сьогодні</translation>
    </message>
    <message>
        <source>You have a deadline tomorrow</source>
        <translation>У вас строк завтра</translation>
    </message>
    <message numerus="yes">
        <source>You have a deadline in %n days</source>
        <extracomment>Reminder on a locked screen: it must not say which deadline. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>У вас строк через %n день</numerusform>
            <numerusform>У вас строк через %n дні</numerusform>
            <numerusform>У вас строк через %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have an appointment in %n days</source>
        <extracomment>Reminder on a locked screen: it must not say which appointment. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>У вас зустріч через %n день</numerusform>
            <numerusform>У вас зустріч через %n дні</numerusform>
            <numerusform>У вас зустріч через %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>You have an appointment tomorrow</source>
        <translation>У вас зустріч завтра</translation>
    </message>
    <message numerus="yes">
        <source>You have an appointment in %n hours</source>
        <extracomment>Reminder on a locked screen. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>У вас зустріч через %n годину</numerusform>
            <numerusform>У вас зустріч через %n години</numerusform>
            <numerusform>У вас зустріч через %n годин</numerusform>
        </translation>
    </message>
    <message>
        <source>You have an appointment in less than 2 hours</source>
        <translation>У вас зустріч менш ніж через 2 години</translation>
    </message>
    <message numerus="yes">
        <source>You have %n deadlines this week</source>
        <extracomment>One notification for several reminders the app could not show while the vault was locked. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>Цього тижня у вас %n строк</numerusform>
            <numerusform>Цього тижня у вас %n строки</numerusform>
            <numerusform>Цього тижня у вас %n строків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n appointments this week</source>
        <extracomment>%n is 2 or more.</extracomment>
        <translation>
            <numerusform>Цього тижня у вас %n зустріч</numerusform>
            <numerusform>Цього тижня у вас %n зустрічі</numerusform>
            <numerusform>Цього тижня у вас %n зустрічей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n deadlines and appointments this week</source>
        <extracomment>%n (the deadlines and appointments together) is 2 or more.</extracomment>
        <translation>
            <numerusform>Строків і зустрічей цього тижня: %n</numerusform>
            <numerusform>Строків і зустрічей цього тижня: %n</numerusform>
            <numerusform>Строків і зустрічей цього тижня: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: last day %2</source>
        <extracomment>%1 is what the deadline is for (e.g. Appeal to the court), %2 its last day.</extracomment>
        <translation>%1: останній день %2</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <extracomment>%1 is the appointment&apos;s title, %2 its day, %3 its time.</extracomment>
        <translation>%1: %2 о %3</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Нагадування</translation>
    </message>
</context>
<context>
    <name>rc::ui::VaultController</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Використовуйте щонайменше %n символ.</numerusform>
            <numerusform>Використовуйте щонайменше %n символи.</numerusform>
            <numerusform>Використовуйте щонайменше %n символів.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Дві парольні фрази не збігаються. Введіть їх ще раз.</translation>
    </message>
    <message>
        <source>This is not a recovery key. It has 32 letters and digits in groups of four.</source>
        <translation>Це не ключ відновлення. Ключ відновлення має 32 літери й цифри, у групах по чотири.</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Your recovery key still works.</source>
        <translation>Вашу парольну фразу змінено. Ваш ключ відновлення й далі працює.</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Виберіть, куди зберегти резервну копію.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Резервну копію відновлено.</translation>
    </message>
    <message>
        <source>The vault file could not be deleted. Try again, or delete the app&apos;s data.</source>
        <translation>Не вдалося видалити файл сховища. Спробуйте ще раз або видаліть дані застосунку.</translation>
    </message>
    <message>
        <source>Your vault was deleted.</source>
        <translation>Ваше сховище видалено.</translation>
    </message>
    <message>
        <source>Backup saved, with your documents. It opens with your passphrase or your recovery key.</source>
        <translation>Резервну копію збережено разом із вашими документами. Вона відкривається вашою парольною фразою або ключем відновлення.</translation>
    </message>
</context>
<context>
    <name>rc::ui::VaultRecordsModel</name>
    <message>
        <source>Choose what happened on this date.</source>
        <translation>Виберіть, що сталося цього дня.</translation>
    </message>
    <message>
        <source>This date does not exist. Check the day and the month.</source>
        <translation>Такої дати не існує. Перевірте день і місяць.</translation>
    </message>
    <message>
        <source>Give the appointment a name, for example &quot;Lawyer&quot;.</source>
        <translation>Дайте зустрічі назву, наприклад «Адвокат».</translation>
    </message>
    <message>
        <source>Write the person&apos;s or the organisation&apos;s name.</source>
        <translation>Напишіть ім’я людини або назву організації.</translation>
    </message>
    <message>
        <source>This could not be saved. Try again.</source>
        <translation>Не вдалося зберегти. Спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>rc::vault</name>
    <message>
        <source>Your private notes were not found on this phone.</source>
        <translation>Ваших особистих нотаток не знайдено на цьому телефоні.</translation>
    </message>
    <message>
        <source>This file does not hold Rights Companion notes. Nothing was changed.</source>
        <translation>У цьому файлі немає нотаток Rights Companion. Нічого не змінено.</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer version of Rights Companion. Update the app to open them. Your notes were not changed.</source>
        <translation>Ваші нотатки збережено новішою версією Rights Companion. Оновіть застосунок, щоб їх відкрити. Ваші нотатки не змінено.</translation>
    </message>
    <message>
        <source>This file was changed or damaged, so it cannot be opened. Your notes were not changed.</source>
        <translation>Цей файл змінено або пошкоджено, тому його неможливо відкрити. Ваші нотатки не змінено.</translation>
    </message>
    <message>
        <source>The passphrase or recovery key is not right. Check it and try again.</source>
        <translation>Парольна фраза або ключ відновлення неправильні. Перевірте і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>This phone does not have enough free memory right now. Close other apps and try again. Your notes were not changed.</source>
        <translation>На цьому телефоні зараз недостатньо вільної пам’яті. Закрийте інші застосунки й спробуйте ще раз. Ваші нотатки не змінено.</translation>
    </message>
    <message>
        <source>The phone&apos;s storage could not be read or written (it may be full). The last saved copy of your notes was kept.</source>
        <translation>Не вдалося прочитати пам’ять телефона або записати в неї (можливо, вона заповнена). Останню збережену копію ваших нотаток залишено.</translation>
    </message>
    <message>
        <source>This document is too large for Rights Companion to keep or show. Nothing was changed.</source>
        <translation>Цей документ завеликий, щоб Rights Companion міг його зберігати або показувати. Нічого не змінено.</translation>
    </message>
</context>
</TS>
