<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>ArticlePage</name>
    <message>
        <source>Article</source>
        <translation>Yazı</translation>
    </message>
    <message>
        <source>Save this article as a PDF file in the language you are reading, with its sources, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</source>
        <translation>Bu yazıyı okuduğunuz dilde, kaynaklarıyla, kontrol edildiği tarihle ve bir QR koduyla PDF dosyası olarak kaydedin. Yazdırın veya birine verin. Dosyada notlarınızdan hiçbir şey yoktur.</translation>
    </message>
    <message>
        <source>Listen to this article</source>
        <translation>Bu yazıyı dinle</translation>
    </message>
    <message>
        <source>A recorded reading in %1.</source>
        <translation>Şu dilde bir ses kaydı: %1.</translation>
    </message>
    <message>
        <source>Read by your device&apos;s voice in %1. It may say some words wrongly.</source>
        <translation>Cihazınızın sesi şu dilde okuyor: %1. Bazı kelimeleri yanlış söyleyebilir.</translation>
    </message>
    <message>
        <source>There is no recording of this article in %1, and this device has no voice for %1.</source>
        <translation>Bu yazının şu dilde ses kaydı yok: %1. Bu cihazda da %1 için bir ses yok.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Oynat</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>Baştan başlat</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Daha yavaş</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>Normal hız</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Daha hızlı</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>Çok daha hızlı</translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation>Hız: %1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Konum: %1</translation>
    </message>
    <message>
        <source>Listen in English</source>
        <translation>İngilizce dinle</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>This article is not available. It may have been removed in a content update.</source>
        <translation>Bu yazı mevcut değil. Bilgiler güncellenirken kaldırılmış olabilir.</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Son kontrol: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the English text.</source>
        <translation>Henüz şu dile çevrilmedi: %1. İngilizce metni okuyorsunuz.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>Henüz şu dile çevrilmedi: %1. Metni şu dilde okuyorsunuz: %2.</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>Bu konudaki yasa değişiyor. Sizin için neyin geçerli olduğunu avukatınıza veya VluchtelingenWerk&apos;e sorun.</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>Neler değişiyor</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact</source>
        <translation>İletişim</translation>
    </message>
    <message>
        <source>This organisation is not in the installed information. It may have been removed in a content update.</source>
        <translation>Bu kuruluş yüklü bilgilerde yok. Bilgiler güncellenirken kaldırılmış olabilir.</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Çalışma saatleri: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adres: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopyalandı</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Adresi kopyala</translation>
    </message>
    <message>
        <source>Copy the e-mail address</source>
        <translation>E-posta adresini kopyala</translation>
    </message>
    <message>
        <source>Copy the number %1</source>
        <translation>%1 numarasını kopyala</translation>
    </message>
    <message>
        <source>Give this contact to a phone</source>
        <translation>Bu iletişim bilgilerini bir telefona aktar</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera to save the contact.</source>
        <translation>İletişim bilgilerini kaydetmek için bu kodu telefonun kamerasıyla tarayın.</translation>
    </message>
    <message>
        <source>QR code of the contact %1</source>
        <translation>İletişim bilgilerinin QR kodu: %1</translation>
    </message>
    <message>
        <source>Where to save the contact card (.vcf)</source>
        <translation>Kartvizit dosyasının (.vcf) kaydedileceği yer</translation>
    </message>
    <message>
        <source>Save contact card</source>
        <translation>Kartviziti kaydet</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Dosyanın tam yolunu yazın. Yol / ile başlar.</translation>
    </message>
    <message>
        <source>Contact card saved.</source>
        <translation>Kartvizit kaydedildi.</translation>
    </message>
    <message>
        <source>They are not known to speak your language. They speak: %1.</source>
        <translation>Sizin dilinizi konuştukları bilinmiyor. Konuştukları diller: %1.</translation>
    </message>
    <message>
        <source>We do not know which languages they speak.</source>
        <translation>Hangi dilleri konuştuklarını bilmiyoruz.</translation>
    </message>
    <message>
        <source>You can ask whether they can arrange an interpreter (in Dutch: tolk).</source>
        <translation>Sizin için tercüman (Hollandaca: tolk) ayarlayıp ayarlayamayacaklarını sorabilirsiniz.</translation>
    </message>
    <message>
        <source>Languages they speak: %1</source>
        <translation>Konuştukları diller: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Nerede: %1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Son kontrol: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>Added to your contacts in My case.</source>
        <translation>Dosyam&apos;daki kişilerinize eklendi.</translation>
    </message>
    <message>
        <source>Keep in My case</source>
        <translation>Dosyam&apos;da sakla</translation>
    </message>
    <message>
        <source>Open your notes to keep this organisation among your own contacts, with a note of your own.</source>
        <translation>Bu kuruluşu kendi notunuzla birlikte kendi kişileriniz arasında saklamak için notlarınızı açın.</translation>
    </message>
    <message>
        <source>A note for yourself (optional)</source>
        <translation>Kendiniz için bir not (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Add to my contacts</source>
        <translation>Kişilerime ekle</translation>
    </message>
    <message>
        <source>Save how to reach this organisation as a PDF file in the language you are reading, with the opening hours, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.</source>
        <translation>Bu kuruluşa nasıl ulaşılacağını okuduğunuz dilde, çalışma saatleriyle, kontrol edildiği tarihle ve bir QR koduyla PDF dosyası olarak kaydedin. Yazdırın veya birine verin. Dosyada notlarınızdan hiçbir şey yoktur.</translation>
    </message>
</context>
<context>
    <name>ContentUpdatesPage</name>
    <message>
        <source>Content updates</source>
        <translation>Bilgi güncellemeleri</translation>
    </message>
    <message>
        <source>Content updates are not available here.</source>
        <translation>Bilgi güncellemeleri burada kullanılamıyor.</translation>
    </message>
    <message>
        <source>Content as of %1</source>
        <translation>Bilgilerin tarihi: %1</translation>
    </message>
    <message>
        <source>No information is installed yet.</source>
        <translation>Henüz bilgi yüklenmedi.</translation>
    </message>
    <message>
        <source>This information may be out of date: your organisation expected you to have newer information by now. Check for updates when you can.</source>
        <translation>Bu bilgiler güncel olmayabilir: kuruluşunuz, şu ana kadar daha yeni bilgilere sahip olmanızı bekliyordu. Fırsat bulduğunuzda güncellemeleri kontrol edin.</translation>
    </message>
    <message>
        <source>Last check: %1</source>
        <translation>Son kontrol: %1</translation>
    </message>
    <message>
        <source>Not checked for updates yet.</source>
        <translation>Güncellemeler henüz kontrol edilmedi.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Şimdi kontrol et</translation>
    </message>
    <message>
        <source>Add a mirror below to check for updates.</source>
        <translation>Güncellemeleri kontrol etmek için aşağıya bir güncelleme kaynağı ekleyin.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>İndirme durumu</translation>
    </message>
    <message>
        <source>Checking the mirrors…</source>
        <translation>Güncelleme kaynakları kontrol ediliyor…</translation>
    </message>
    <message>
        <source>Mirrors</source>
        <translation>Güncelleme kaynakları</translation>
    </message>
    <message>
        <source>Places to get updates from, tried in order: a USB stick or a folder with a copy, or a web address your organisation gave you. Whatever a mirror offers is used only if your distributor signed it.</source>
        <translation>Güncellemelerin alındığı yerler. Sırayla denenirler: bir kopyanın olduğu USB bellek veya klasör ya da kuruluşunuzun size verdiği bir internet adresi. Bir kaynaktan gelen bilgiler, sadece dağıtıcınız tarafından imzalanmışsa kullanılır.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Remove the mirror %1</source>
        <translation>Kaynağı kaldır: %1</translation>
    </message>
    <message>
        <source>https://… or /media/usb-stick</source>
        <translation>https://… veya /media/usb-stick</translation>
    </message>
    <message>
        <source>New mirror</source>
        <translation>Yeni kaynak</translation>
    </message>
    <message>
        <source>Add mirror</source>
        <translation>Kaynak ekle</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Ağ</translation>
    </message>
    <message>
        <source>Only on unmetered networks</source>
        <translation>Sadece kotasız ağlarda</translation>
    </message>
    <message>
        <source>This device is not connected to a network now.</source>
        <translation>Bu cihaz şu anda bir ağa bağlı değil.</translation>
    </message>
    <message>
        <source>This connection is metered: it may cost money.</source>
        <translation>Bu bağlantı kotalı: ücretli olabilir.</translation>
    </message>
    <message>
        <source>This connection is not metered.</source>
        <translation>Bu bağlantı kotasız.</translation>
    </message>
    <message>
        <source>The app cannot tell whether this connection is metered. With this option on, web mirrors are not used; USB sticks and folders always are.</source>
        <translation>Uygulama, bu bağlantının kotalı olup olmadığını anlayamıyor. Bu seçenek açıkken internet kaynakları kullanılmaz; USB bellekler ve klasörler her zaman kullanılır.</translation>
    </message>
    <message>
        <source>The app connects to the internet only to reach the web mirrors you add here, and sends nothing about you.</source>
        <translation>Uygulama internete sadece burada eklediğiniz internet kaynaklarına ulaşmak için bağlanır ve sizin hakkınızda hiçbir şey göndermez.</translation>
    </message>
    <message>
        <source>Share with phones nearby</source>
        <translation>Yakındaki telefonlarla paylaş</translation>
    </message>
    <message>
        <source>Phones on the same network can get the information from this computer. Phones check everything they get against your distributor&apos;s signatures, so sharing cannot change what they accept. Only people on the same network (Wi-Fi or cable) can connect. Sharing stops by itself after 30 minutes.</source>
        <translation>Aynı ağdaki telefonlar bilgileri bu bilgisayardan alabilir. Telefonlar, aldıkları her şeyi dağıtıcınızın imzalarıyla kontrol eder. Bu yüzden paylaşım, telefonların kabul ettiği bilgileri değiştiremez. Sadece aynı ağdaki (Wi-Fi veya kablo) kişiler bağlanabilir. Paylaşım 30 dakika sonra kendiliğinden durur.</translation>
    </message>
    <message>
        <source>This computer shares the information that came with the app. Updates it installed later are not shared.</source>
        <translation>Bu bilgisayar, uygulamayla birlikte gelen bilgileri paylaşır. Bilgisayarın sonradan yüklediği güncellemeler paylaşılmaz.</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>Paylaşmayı başlat</translation>
    </message>
    <message>
        <source>On the phone, open Content updates, add this address as a mirror, and tap Check now:</source>
        <translation>Telefonda “Bilgi güncellemeleri” sayfasını açın, bu adresi güncelleme kaynağı olarak ekleyin ve “Şimdi kontrol et” düğmesine dokunun:</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>%1 adresinin QR kodu</translation>
    </message>
    <message>
        <source>Files sent so far: %1</source>
        <translation>Şimdiye kadar gönderilen dosyalar: %1</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Paylaşmayı durdur</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Day: %1</source>
        <translation>Gün: %1</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>Ay: %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>Yıl: %1</translation>
    </message>
    <message>
        <source>Hour: %1</source>
        <translation>Saat: %1</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Dakika: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Find help</source>
        <translation>Yardım bul</translation>
    </message>
    <message>
        <source>Search by name or what they do</source>
        <translation>Ada veya yaptıkları işe göre arayın</translation>
    </message>
    <message>
        <source>Search the organisations</source>
        <translation>Kuruluşlarda arayın</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Language they speak</source>
        <translation>Konuştukları dil</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Şu an açık</translation>
    </message>
    <message>
        <source>Show only organisations that are open now</source>
        <translation>Sadece şu an açık olan kuruluşları göster</translation>
    </message>
    <message>
        <source>Only organisations whose opening hours we know are shown.</source>
        <translation>Sadece çalışma saatlerini bildiğimiz kuruluşlar gösterilir.</translation>
    </message>
    <message>
        <source>There are no organisations in the installed information yet. A content update can add them.</source>
        <translation>Yüklü bilgilerde henüz kuruluş yok. Bir bilgi güncellemesiyle eklenebilirler.</translation>
    </message>
    <message>
        <source>No organisation matches. Try fewer filters or other words.</source>
        <translation>Eşleşen kuruluş yok. Daha az filtre veya başka kelimeler deneyin.</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>Kişilerim</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>This document is not in your vault.</source>
        <translation>Bu belge kasanızda yok.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Önceki sayfa</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sayfa %1 / %2</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Sonraki sayfa</translation>
    </message>
    <message>
        <source>Delete this document</source>
        <translation>Bu belgeyi sil</translation>
    </message>
    <message>
        <source>Delete this document?</source>
        <translation>Bu belge silinsin mi?</translation>
    </message>
    <message>
        <source>The app&apos;s copy is deleted for good.</source>
        <translation>Uygulamadaki kopya tamamen silinir.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Kalsın</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <translation>Belgelerim</translation>
    </message>
    <message>
        <source>Keep photos and PDFs of your letters here, for example from the IND or COA. They are encrypted like your notes. The app keeps its own copy: afterwards you can delete the original file.</source>
        <translation>Mektuplarınızın fotoğraflarını ve PDF&apos;lerini burada saklayın, örneğin IND&apos;den veya COA&apos;dan gelen mektupları. Bunlar notlarınız gibi şifrelenir. Uygulama kendi kopyasını saklar: sonra asıl dosyayı silebilirsiniz.</translation>
    </message>
    <message>
        <source>Add a photo or PDF</source>
        <translation>Fotoğraf veya PDF ekle</translation>
    </message>
    <message>
        <source>File, e.g. /home/me/Downloads/letter.pdf</source>
        <translation>Dosya, örneğin /home/me/Downloads/letter.pdf</translation>
    </message>
    <message>
        <source>File to add</source>
        <translation>Eklenecek dosya</translation>
    </message>
    <message>
        <source>Name, e.g. Letter from the IND, 3 March</source>
        <translation>Ad, örneğin IND&apos;den mektup, 3 Mart</translation>
    </message>
    <message>
        <source>Name of the document</source>
        <translation>Belgenin adı</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Henüz belge yok.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotoğraf</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Glossary</source>
        <translation>Sözlük</translation>
    </message>
    <message>
        <source>Search for a word</source>
        <translation>Kelime arayın</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Sözlükte arayın</translation>
    </message>
    <message>
        <source>No word matches “%1”.</source>
        <translation>“%1” ile eşleşen kelime yok.</translation>
    </message>
    <message>
        <source>There is no glossary in the installed information yet.</source>
        <translation>Yüklü bilgilerde henüz sözlük yok.</translation>
    </message>
</context>
<context>
    <name>HandoutAction</name>
    <message>
        <source>Saved. Open the PDF to print it or pass it on.</source>
        <translation>Kaydedildi. Yazdırmak veya başkasına vermek için PDF&apos;yi açın.</translation>
    </message>
    <message>
        <source>Print or save as PDF</source>
        <translation>Yazdır veya PDF olarak kaydet</translation>
    </message>
    <message>
        <source>Where to save the PDF file</source>
        <translation>PDF dosyasının kaydedileceği yer</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF&apos;yi kaydet</translation>
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
        <translation>Bazı bilgiler yüklenemedi. Uygulama, sağlam olan bilgilerle çalışır.</translation>
    </message>
    <message>
        <source>What do you want to know?</source>
        <translation>Ne öğrenmek istiyorsunuz?</translation>
    </message>
    <message>
        <source>Information as of %1</source>
        <translation>Bilgilerin tarihi: %1</translation>
    </message>
    <message>
        <source>No information is installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</source>
        <translation>Henüz bilgi yüklenmedi. Uygulamayı yeniden yükleyin veya uygulamayı size veren kuruluştan bilgi güncellemesi isteyin.</translation>
    </message>
    <message>
        <source>Dutch words you will hear, explained</source>
        <translation>Duyacağınız Hollandaca kelimelerin açıklaması</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Sözlük</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Search the information</source>
        <translation>Bilgilerde arayın</translation>
    </message>
    <message>
        <source>This information is from %1 and may be out of date.</source>
        <translation>Bu bilgiler %1 tarihli ve güncel olmayabilir.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Güncellemeleri kontrol et</translation>
    </message>
    <message>
        <source>The steps, where you are, and your deadlines</source>
        <translation>Adımlar, nerede olduğunuz ve süreleriniz</translation>
    </message>
    <message>
        <source>Your procedure</source>
        <translation>Prosedürünüz</translation>
    </message>
    <message>
        <source>Organisations that can help, and how to reach them</source>
        <translation>Yardım edebilecek kuruluşlar ve onlara nasıl ulaşacağınız</translation>
    </message>
    <message>
        <source>Find help</source>
        <translation>Yardım bul</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Choose the language of the app and of the information.</source>
        <translation>Uygulamanın ve bilgilerin dilini seçin.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Hoş geldiniz</translation>
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
        <translation>Sayfa oluşturulamadı.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Choose language</source>
        <translation>Dil seçin</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Ana sayfa</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Çıkış</translation>
    </message>
    <message>
        <source>Quick exit: lock your notes and close the app</source>
        <translation>Hızlı çıkış: notlarınızı kilitler ve uygulamayı kapatır</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Notlarım</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Gönüllü</translation>
    </message>
    <message>
        <source>Volunteer: leave kiosk mode</source>
        <translation>Gönüllü: ortak bilgisayar modundan çık</translation>
    </message>
    <message>
        <source>Still there? Touch the screen to continue.</source>
        <translation>Hâlâ orada mısınız? Devam etmek için ekrana dokunun.</translation>
    </message>
    <message numerus="yes">
        <source>The app starts over in %n seconds, for the next person.</source>
        <translation>
            <numerusform>Uygulama, sıradaki kişi için %n saniye sonra baştan başlayacak.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Ortak bilgisayar modundan çık</translation>
    </message>
    <message>
        <source>For volunteers: type the PIN to leave kiosk mode.</source>
        <translation>Gönüllüler: ortak bilgisayar modundan çıkmak için PIN&apos;i yazın.</translation>
    </message>
    <message>
        <source>Volunteer PIN</source>
        <translation>Gönüllü PIN&apos;i</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. You can try again in %n seconds.</source>
        <translation>
            <numerusform>Çok fazla yanlış PIN girildi. %n saniye sonra tekrar deneyebilirsiniz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>MyCasePage</name>
    <message>
        <source>My case</source>
        <translation>Dosyam</translation>
    </message>
    <message>
        <source>The details of your case, in one place. They are kept with your private notes, encrypted, and only you can see them.</source>
        <translation>Dosyanızın bilgileri tek bir yerde. Özel notlarınızla birlikte şifreli olarak saklanır ve onları sadece siz görebilirsiniz.</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Your foreigner&apos;s number (V-nummer). You find it on letters from the IND, the Immigration and Naturalisation Service.</source>
        <translation>Yabancı numaranız (V-nummer). Bu numarayı IND&apos;den (Göç ve Vatandaşlık Dairesi) gelen mektuplarda bulursunuz.</translation>
    </message>
    <message>
        <source>Digits only, e.g. 1234567890</source>
        <translation>Sadece rakam, örneğin 1234567890</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Dosya sorumlusu</translation>
    </message>
    <message>
        <source>Your contact person at the IND, or at the COA, the organisation that runs the reception centres.</source>
        <translation>IND&apos;deki veya COA&apos;daki irtibat kişiniz. COA, kabul merkezlerini yöneten kuruluştur.</translation>
    </message>
    <message>
        <source>Name, organisation, phone number</source>
        <translation>Ad, kuruluş, telefon numarası</translation>
    </message>
    <message>
        <source>Case worker at the IND or the COA</source>
        <translation>IND&apos;deki veya COA&apos;daki dosya sorumlusu</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Avukat</translation>
    </message>
    <message>
        <source>Name, office, phone number</source>
        <translation>Ad, büro, telefon numarası</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Prosedür</translation>
    </message>
    <message>
        <source>Which asylum procedure you are in. Your lawyer or the letters from the IND can tell you.</source>
        <translation>Hangi iltica prosedüründe olduğunuz. Bunu avukatınıza sorabilir veya IND&apos;nin mektuplarında görebilirsiniz.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Henüz belli değil</translation>
    </message>
    <message>
        <source>General asylum procedure (AA)</source>
        <translation>Genel iltica prosedürü (AA)</translation>
    </message>
    <message>
        <source>Extended procedure (VA)</source>
        <translation>Uzatılmış prosedür (VA)</translation>
    </message>
    <message>
        <source>Dublin</source>
        <translation>Dublin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Prosedür: %1</translation>
    </message>
    <message>
        <source>Registration (asylum application)</source>
        <translation>Kayıt (iltica başvurusu)</translation>
    </message>
    <message>
        <source>Detailed interview</source>
        <translation>Ayrıntılı mülakat</translation>
    </message>
    <message>
        <source>Intention to reject received</source>
        <translation>Ret niyeti alındı</translation>
    </message>
    <message>
        <source>View on the intention sent</source>
        <translation>Ret niyetine görüş gönderildi</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>Karar gönderildi</translation>
    </message>
    <message>
        <source>Residence permit granted</source>
        <translation>Oturma izni verildi</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>İtiraz başvurusu yapıldı</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Mahkeme duruşması</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Önemli tarihler</translation>
    </message>
    <message>
        <source>The dates of your procedure. Deadlines are counted from them, so write them exactly as they are on your letters.</source>
        <translation>Prosedürünüzün tarihleri. Süreler bu tarihlerden itibaren hesaplanır. Bu yüzden tarihleri tam olarak mektuplarınızda yazdığı gibi yazın.</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Tarih ekle</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Randevular</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>Henüz randevu yok.</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>Randevu ekle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Your lawyer, your case worker, your guardian: the people you need to reach.</source>
        <translation>Avukatınız, dosya sorumlunuz, vasiniz: ulaşmanız gereken kişiler.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Kişi ekle</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>Önemli tarih</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ne oldu</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Ne oldu: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Not (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Randevu</translation>
    </message>
    <message>
        <source>What, e.g. Meeting with my lawyer</source>
        <translation>Ne, örneğin Avukatımla görüşme</translation>
    </message>
    <message>
        <source>What the appointment is</source>
        <translation>Randevunun konusu</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>Nerede (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nerede</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Who they are, e.g. My lawyer</source>
        <translation>Kim olduğu, örneğin Avukatım</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Kim olduğu</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefon numarası</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-posta adresi</translation>
    </message>
    <message>
        <source>See your procedure and deadlines</source>
        <translation>Prosedürünüzü ve sürelerinizi görün</translation>
    </message>
</context>
<context>
    <name>NoteEditorPage</name>
    <message>
        <source>New note</source>
        <translation>Yeni not</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>You have no private notes on this phone yet.</source>
        <translation>Bu telefonda henüz özel notunuz yok.</translation>
    </message>
    <message>
        <source>Unlock your notes first</source>
        <translation>Önce notlarınızın kilidini açın</translation>
    </message>
    <message>
        <source>Go to My notes</source>
        <translation>Notlarım&apos;a git</translation>
    </message>
    <message>
        <source>This note could not be saved. Your text is still here; keep this page open and try again in a moment.</source>
        <translation>Bu not kaydedilemedi. Yazdıklarınız hâlâ burada. Bu sayfayı açık tutun ve biraz sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Your last changes could not be saved. Your text is still here; keep this page open and try again in a moment.</source>
        <translation>Son değişiklikleriniz kaydedilemedi. Yazdıklarınız hâlâ burada. Bu sayfayı açık tutun ve biraz sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>This note could not be deleted. Try again in a moment.</source>
        <translation>Bu not silinemedi. Biraz sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>This note is not there any more. It may have been deleted.</source>
        <translation>Bu not artık yok. Silinmiş olabilir.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Write your note here</source>
        <translation>Notunuzu buraya yazın</translation>
    </message>
    <message>
        <source>Tags, e.g. interview, lawyer</source>
        <translation>Etiketler, örneğin mülakat, avukat</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Virgülle ayrılmış etiketler</translation>
    </message>
    <message>
        <source>Your note is kept as soon as you start typing.</source>
        <translation>Yazmaya başladığınız anda notunuz saklanır.</translation>
    </message>
    <message>
        <source>Created %1 · Changed %2</source>
        <translation>Oluşturma: %1 · Değişiklik: %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation>Bu notu sil</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>Bu not silinsin mi?</translation>
    </message>
    <message>
        <source>The note will be deleted from this phone. You cannot undo this.</source>
        <translation>Not bu telefondan silinecek. Bunu geri alamazsınız.</translation>
    </message>
    <message>
        <source>Keep the note</source>
        <translation>Not kalsın</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notu sil</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Search articles and words</source>
        <translation>Yazılarda ve kelimelerde arayın</translation>
    </message>
    <message>
        <source>Search the information</source>
        <translation>Bilgilerde arayın</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer or shorter words.</source>
        <translation>“%1” için bir şey bulunamadı. Daha az veya daha kısa kelimeler deneyin.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Sözlük</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Yazı</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <source>Type a word, or the beginning of a word. Articles, Dutch words from the glossary, the steps of the procedures and contacts are searched.</source>
        <translation>Bir kelime veya bir kelimenin başını yazın. Yazılarda, sözlükteki Hollandaca kelimelerde, prosedürlerin adımlarında ve iletişim bilgilerinde arama yapılır.</translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation>Prosedür adımı</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>İletişim</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Dil: %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Bilgiler</translation>
    </message>
    <message>
        <source>No information is installed.</source>
        <translation>Yüklü bilgi yok.</translation>
    </message>
    <message>
        <source>%1, published by %2. Information as of %3.</source>
        <translation>%1, yayıncı: %2. Bilgilerin tarihi: %3.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Gizlilik</translation>
    </message>
    <message>
        <source>This app works without internet. It does not collect or send any information about you.</source>
        <translation>Bu uygulama internet olmadan çalışır. Sizin hakkınızda hiçbir bilgi toplamaz veya göndermez.</translation>
    </message>
    <message>
        <source>Content updates</source>
        <translation>Bilgi güncellemeleri</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Takvim</translation>
    </message>
    <message>
        <source>Today: %1. Deadlines always show the Gregorian date too: it is the date the IND and the courts use.</source>
        <translation>Bugün: %1. Sürelerde Miladi tarih de her zaman gösterilir: IND&apos;nin ve mahkemelerin kullandığı tarih budur.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Görünüm</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Metin boyutu</translation>
    </message>
    <message>
        <source>Follow the system (%1%)</source>
        <translation>Sistem ayarını kullan (%1%)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standart</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Yüksek kontrast</translation>
    </message>
    <message>
        <source>Light or dark</source>
        <translation>Açık veya koyu renk</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Sistem ayarını kullan</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açık renkli</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Koyu renkli</translation>
    </message>
    <message>
        <source>The volunteer PIN is set.</source>
        <translation>Gönüllü PIN&apos;i ayarlandı.</translation>
    </message>
    <message>
        <source>Shared laptop (kiosk) mode</source>
        <translation>Ortak bilgisayar (kiosk) modu</translation>
    </message>
    <message>
        <source>For a laptop that many people use, one after the other. The app fills the screen and starts with the choice of language. Notes are not available and no files are saved. After a time without use, it starts over and forgets what the last person did. A volunteer leaves kiosk mode with a PIN.</source>
        <translation>Birçok kişinin sırayla kullandığı bir dizüstü bilgisayar için. Uygulama tüm ekranı kaplar ve dil seçimiyle başlar. Notlar kullanılamaz ve hiçbir dosya kaydedilmez. Bir süre kullanılmazsa uygulama baştan başlar ve son kişinin yaptıklarını unutur. Bir gönüllü, ortak bilgisayar modundan PIN ile çıkar.</translation>
    </message>
    <message>
        <source>Kiosk mode is on. To leave it, a volunteer taps “Volunteer” at the top and types the PIN.</source>
        <translation>Ortak bilgisayar modu açık. Bu moddan çıkmak için bir gönüllü, üstteki “Gönüllü” düğmesine dokunur ve PIN&apos;i yazar.</translation>
    </message>
    <message>
        <source>Kiosk mode was asked for. Start it below.</source>
        <translation>Ortak bilgisayar modu istendi. Aşağıdan başlatın.</translation>
    </message>
    <message>
        <source>Kiosk mode was asked for, but no volunteer PIN is set. Set a PIN, then start kiosk mode.</source>
        <translation>Ortak bilgisayar modu istendi, ama gönüllü PIN&apos;i ayarlanmadı. Bir PIN ayarlayın, sonra ortak bilgisayar modunu başlatın.</translation>
    </message>
    <message>
        <source>A volunteer PIN is set. You can set a new one.</source>
        <translation>Bir gönüllü PIN&apos;i ayarlı. Yeni bir PIN ayarlayabilirsiniz.</translation>
    </message>
    <message>
        <source>Set a volunteer PIN of 4 to 12 digits, and give it only to volunteers.</source>
        <translation>4 ile 12 rakamlı bir gönüllü PIN&apos;i ayarlayın ve bu PIN&apos;i sadece gönüllülere verin.</translation>
    </message>
    <message>
        <source>New volunteer PIN (4 to 12 digits)</source>
        <translation>Yeni gönüllü PIN&apos;i (4 ile 12 rakam)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Aynı PIN&apos;i tekrar yazın</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>PIN&apos;i kaydet</translation>
    </message>
    <message>
        <source>Start over after this time without use</source>
        <translation>Bu kadar süre kullanılmazsa baştan başla</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n dakika</numerusform>
        </translation>
    </message>
    <message>
        <source>Start kiosk mode</source>
        <translation>Ortak bilgisayar modunu başlat</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Machine translation, not yet checked by a person</source>
        <translation>Makine çevirisi, henüz bir insan tarafından kontrol edilmedi</translation>
    </message>
    <message>
        <source>This translation may be out of date</source>
        <translation>Bu çeviri güncel olmayabilir</translation>
    </message>
    <message>
        <source>Not yet in your language. Shown in %1.</source>
        <translation>Henüz sizin dilinizde yok. Gösterilen dil: %1.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Yarın</translation>
    </message>
    <message numerus="yes">
        <source>In %n days</source>
        <translation>
            <numerusform>%n gün sonra</numerusform>
        </translation>
    </message>
    <message>
        <source>Your procedure</source>
        <translation>Prosedürünüz</translation>
    </message>
    <message>
        <source>A lawyer must confirm every deadline. The dates in this app are calculations from general rules, and they can be wrong for your case. Ask your lawyer before you rely on them.</source>
        <translation>Her süreyi bir avukatın onaylaması gerekir. Bu uygulamadaki tarihler genel kurallara göre yapılmış hesaplamalardır ve sizin dosyanız için yanlış olabilir. Bu tarihlere güvenmeden önce avukatınıza sorun.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the English text.</source>
        <translation>Henüz şu dile çevrilmedi: %1. İngilizce metni okuyorsunuz.</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>Henüz şu dile çevrilmedi: %1. Metni şu dilde okuyorsunuz: %2.</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>Bu konudaki yasa değişiyor. Sizin için neyin geçerli olduğunu avukatınıza veya VluchtelingenWerk&apos;e sorun.</translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation>Neler değişiyor</translation>
    </message>
    <message>
        <source>No procedures are installed yet. Reinstall the app, or ask the organisation that gave it to you for a content update.</source>
        <translation>Henüz prosedür yüklenmedi. Uygulamayı yeniden yükleyin veya uygulamayı size veren kuruluştan bilgi güncellemesi isteyin.</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Prosedür: %1</translation>
    </message>
    <message>
        <source>The dot marks where you are, from the dates in My case.</source>
        <translation>Nokta, Dosyam&apos;daki tarihlere göre nerede olduğunuzu gösterir.</translation>
    </message>
    <message>
        <source>Add the dates from your letters in My case to see where you are.</source>
        <translation>Nerede olduğunuzu görmek için mektuplarınızdaki tarihleri Dosyam&apos;a ekleyin.</translation>
    </message>
    <message>
        <source>Open your notes to see where you are and your own deadlines.</source>
        <translation>Nerede olduğunuzu ve kendi sürelerinizi görmek için notlarınızı açın.</translation>
    </message>
    <message>
        <source>Step %1: %2. You are here.</source>
        <translation>Adım %1: %2. Buradasınız.</translation>
    </message>
    <message>
        <source>Step %1: %2. This comes next.</source>
        <translation>Adım %1: %2. Sıradaki adım bu.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Adım %1: %2</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Buradasınız</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Sıradaki</translation>
    </message>
    <message>
        <source>Your date: %1</source>
        <translation>Sizin tarihiniz: %1</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>Orada kimler var</translation>
    </message>
    <message>
        <source>What to prepare</source>
        <translation>Ne hazırlamalısınız</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Haklarınız</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Ne kadar sürer</translation>
    </message>
    <message>
        <source>Time limit: %1. Ask your lawyer at once how much time you have.</source>
        <translation>Süre: %1. Ne kadar süreniz olduğunu hemen avukatınıza sorun.</translation>
    </message>
    <message>
        <source>Time limit: %1, %2.</source>
        <translation>Süre: %1, %2.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Yasal dayanak: %1</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Devamını okuyun</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Oku: %1</translation>
    </message>
    <message>
        <source>My deadlines</source>
        <translation>Sürelerim</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Dosyanın tam yolunu yazın. Yol / ile başlar.</translation>
    </message>
    <message>
        <source>Calendar saved. Open it with your calendar app to add the dates.</source>
        <translation>Takvim kaydedildi. Tarihleri eklemek için dosyayı takvim uygulamanızla açın.</translation>
    </message>
    <message>
        <source>You have not chosen your procedure in My case. Until you do, the deadlines are counted with the shortest time limits, those of the general procedure (AA).</source>
        <translation>Dosyam&apos;da prosedürünüzü seçmediniz. Seçene kadar süreler en kısa sürelere, yani genel prosedürün (AA) sürelerine göre hesaplanır.</translation>
    </message>
    <message>
        <source>Add the dates from your letters in My case, for example the day your decision was sent. Your deadlines then appear here.</source>
        <translation>Mektuplarınızdaki tarihleri Dosyam&apos;a ekleyin, örneğin kararınızın gönderildiği günü. Süreleriniz sonra burada görünür.</translation>
    </message>
    <message>
        <source>None of your dates starts a time limit that this app can count.</source>
        <translation>Tarihlerinizin hiçbiri, bu uygulamanın hesaplayabildiği bir süreyi başlatmıyor.</translation>
    </message>
    <message>
        <source>Ask your lawyer at once: this app gives no date for this time limit.</source>
        <translation>Hemen avukatınıza sorun: bu uygulama bu süre için tarih vermiyor.</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>Son gün: %1</translation>
    </message>
    <message>
        <source>This deadline could not be counted (%1). Ask your lawyer.</source>
        <translation>Bu süre hesaplanamadı (%1). Avukatınıza sorun.</translation>
    </message>
    <message>
        <source>This date has passed.</source>
        <translation>Bu tarih geçti.</translation>
    </message>
    <message>
        <source>Counted from: %1</source>
        <translation>Şu tarihten itibaren hesaplandı: %1</translation>
    </message>
    <message>
        <source>It is not certain that this time limit gets extra days. To be safe, act by %1.</source>
        <translation>Bu süreye ek gün eklenip eklenmeyeceği belli değil. İşinizi garantiye almak için en geç şu tarihe kadar harekete geçin: %1.</translation>
    </message>
    <message>
        <source>Counted with the time limit of the general procedure (AA), because you have not chosen your procedure.</source>
        <translation>Prosedürünüzü seçmediğiniz için genel prosedürün (AA) süresine göre hesaplandı.</translation>
    </message>
    <message>
        <source>A lawyer must confirm this deadline.</source>
        <translation>Bu süreyi bir avukatın onaylaması gerekir.</translation>
    </message>
    <message>
        <source>How it was counted:</source>
        <translation>Nasıl hesaplandı:</translation>
    </message>
    <message>
        <source>Edit my dates in My case</source>
        <translation>Dosyam&apos;daki tarihlerimi düzenle</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Yaklaşanlar</translation>
    </message>
    <message>
        <source>No deadlines or appointments from today on.</source>
        <translation>Bugünden itibaren süre veya randevu yok.</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Süre: %1</translation>
    </message>
    <message>
        <source>Ask your lawyer at once</source>
        <translation>Hemen avukatınıza sorun</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation>Takviminize ekleyin</translation>
    </message>
    <message>
        <source>Save your deadlines and appointments as a calendar file (.ics) that calendar apps can import. The file is not encrypted: anyone who opens it can read it.</source>
        <translation>Sürelerinizi ve randevularınızı, takvim uygulamalarının içe aktarabileceği bir takvim dosyası (.ics) olarak kaydedin. Dosya şifreli değildir: dosyayı açan herkes okuyabilir.</translation>
    </message>
    <message>
        <source>Type where to save it, for example %1</source>
        <translation>Nereye kaydedileceğini yazın, örneğin %1</translation>
    </message>
    <message>
        <source>Where to save the calendar file</source>
        <translation>Takvim dosyasının kaydedileceği yer</translation>
    </message>
    <message>
        <source>Write only &quot;Deadline&quot; and &quot;Appointment&quot;, without details, so a locked phone shows nothing about your case</source>
        <translation>Ayrıntı olmadan sadece “Süre” ve “Randevu” yaz, böylece kilitli telefonda dosyanızla ilgili hiçbir şey görünmez</translation>
    </message>
    <message>
        <source>Save calendar file</source>
        <translation>Takvim dosyasını kaydet</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>Save the steps of this procedure as a PDF file in the language you are reading, with the time limits, the sources and the date it was checked. Print it or give it to someone. It holds nothing from your notes and none of your own dates.</source>
        <translation>Bu prosedürün adımlarını okuduğunuz dilde, süreleriyle, kaynaklarıyla ve kontrol edildiği tarihle PDF dosyası olarak kaydedin. Yazdırın veya birine verin. Dosyada notlarınızdan hiçbir şey ve kendi tarihlerinizden hiçbiri yoktur.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>There is no information on this topic yet.</source>
        <translation>Bu konuda henüz bilgi yok.</translation>
    </message>
</context>
<context>
    <name>VaultLockedNotice</name>
    <message>
        <source>You have no private notes on this phone yet.</source>
        <translation>Bu telefonda henüz özel notunuz yok.</translation>
    </message>
    <message>
        <source>Unlock your notes first</source>
        <translation>Önce notlarınızın kilidini açın</translation>
    </message>
    <message>
        <source>Go to My notes</source>
        <translation>Notlarım&apos;a git</translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <source>My notes</source>
        <translation>Notlarım</translation>
    </message>
    <message>
        <source>Your notes are locked.</source>
        <translation>Notlarınız kilitli.</translation>
    </message>
    <message>
        <source>Your notes are open.</source>
        <translation>Notlarınız açık.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kilitle</translation>
    </message>
    <message>
        <source>Lock my notes</source>
        <translation>Notlarımı kilitle</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Hızlı çıkış</translation>
    </message>
    <message>
        <source>Quick exit: lock my notes and close the app at once</source>
        <translation>Hızlı çıkış: notlarımı kilitler ve uygulamayı hemen kapatır</translation>
    </message>
    <message>
        <source>Your passphrase is too short. Use at least %1 characters.</source>
        <translation>Parolanız çok kısa. En az %1 karakter kullanın.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>İki parola aynı değil. İkisini tekrar yazın.</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Özel notlar</translation>
    </message>
    <message>
        <source>Keep private notes about your case. They are locked with a passphrase and stored only on this device, encrypted.</source>
        <translation>Dosyanız hakkında özel notlar tutun. Notlar bir parolayla kilitlenir ve şifreli olarak sadece bu cihazda saklanır.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters. A PIN of %1 or more digits works, but a longer passphrase is safer. Do not use your date of birth or your V-number.</source>
        <translation>En az %1 karakterli bir parola seçin. %1 veya daha fazla rakamlı bir PIN de olur, ama daha uzun bir parola daha güvenlidir. Doğum tarihinizi veya V-nummer&apos;inizi kullanmayın.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Parolayı tekrar yazın</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Oluştur</translation>
    </message>
    <message>
        <source>Create my private notes</source>
        <translation>Özel notlarımı oluştur</translation>
    </message>
    <message>
        <source>Making your vault safe. This takes a few seconds.</source>
        <translation>Kasanız güvenli hâle getiriliyor. Bu birkaç saniye sürer.</translation>
    </message>
    <message>
        <source>I have a backup from another phone</source>
        <translation>Başka bir telefondan yedeğim var</translation>
    </message>
    <message>
        <source>Type where the backup file is, for example %1, and the passphrase or recovery key that opens it.</source>
        <translation>Yedek dosyasının nerede olduğunu (örneğin %1) ve onu açan parolayı veya kurtarma anahtarını yazın.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Yedek dosyası</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Parola veya kurtarma anahtarı</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Yedeği geri yükle</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Dosyanın tam yolunu yazın. Yol / ile başlar.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Kurtarma anahtarınız</translation>
    </message>
    <message>
        <source>Write this recovery key on paper and keep it somewhere safe. If you forget your passphrase, it is the only way to open your notes. It will not be shown again.</source>
        <translation>Bu kurtarma anahtarını kâğıda yazın ve güvenli bir yerde saklayın. Parolanızı unutursanız, notlarınızı açmanın tek yolu budur. Anahtar bir daha gösterilmeyecek.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <source>I wrote it down</source>
        <translation>Yazdım</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Devam</translation>
    </message>
    <message>
        <source>Open your notes</source>
        <translation>Notlarınızı açın</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you made your notes. Spaces and dashes do not matter.</source>
        <translation>Notlarınızı oluştururken yazdığınız kurtarma anahtarını yazın. Boşluklar ve tireler önemli değil.</translation>
    </message>
    <message>
        <source>Type your passphrase to open your notes.</source>
        <translation>Notlarınızı açmak için parolanızı yazın.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
    <message>
        <source>Unlock my notes</source>
        <translation>Notlarımın kilidini aç</translation>
    </message>
    <message>
        <source>Opening your notes. This takes a few seconds.</source>
        <translation>Notlarınız açılıyor. Bu birkaç saniye sürer.</translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation>Kurtarma anahtarını kullan</translation>
    </message>
    <message>
        <source>After your notes are open, choose a new passphrase in Vault settings.</source>
        <translation>Notlarınız açıldıktan sonra Kasa ayarları&apos;nda yeni bir parola seçin.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Yeni not</translation>
    </message>
    <message>
        <source>My case</source>
        <translation>Dosyam</translation>
    </message>
    <message>
        <source>My case: V-number, case worker, lawyer and procedure</source>
        <translation>Dosyam: V-nummer, dosya sorumlusu, avukat ve prosedür</translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation>Kasa ayarları</translation>
    </message>
    <message>
        <source>Search your notes</source>
        <translation>Notlarınızda arayın</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Kaydedildi</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>No notes yet. Write down what happened at your interview, names, dates, questions for your lawyer.</source>
        <translation>Henüz not yok. Mülakatınızda neler olduğunu, isimleri, tarihleri ve avukatınıza soracağınız soruları yazın.</translation>
    </message>
    <message>
        <source>No notes contain “%1”.</source>
        <translation>“%1” içeren not yok.</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>Başlıksız not</translation>
    </message>
    <message>
        <source>Changed %1 · %2</source>
        <translation>Değişiklik: %1 · %2</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Değişiklik: %1</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Belgelerim</translation>
    </message>
    <message>
        <source>My documents: photos and PDFs of letters</source>
        <translation>Belgelerim: mektupların fotoğrafları ve PDF&apos;leri</translation>
    </message>
</context>
<context>
    <name>VaultSettingsPage</name>
    <message>
        <source>Vault settings</source>
        <translation>Kasa ayarları</translation>
    </message>
    <message>
        <source>Working on your vault. This can take a few seconds.</source>
        <translation>Kasanız üzerinde çalışılıyor. Bu birkaç saniye sürebilir.</translation>
    </message>
    <message>
        <source>Your passphrase is too short. Use at least %1 characters.</source>
        <translation>Parolanız çok kısa. En az %1 karakter kullanın.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>İki parola aynı değil. İkisini tekrar yazın.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Dosyanın tam yolunu yazın. Yol / ile başlar.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Parolayı değiştir</translation>
    </message>
    <message>
        <source>Your notes stay as they are. Your recovery key keeps working.</source>
        <translation>Notlarınız olduğu gibi kalır. Kurtarma anahtarınız çalışmaya devam eder.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Yeni parola</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Yeni parolayı tekrar yazın</translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a few seconds.</source>
        <translation>Parolanız değiştiriliyor. Bu birkaç saniye sürer.</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Otomatik kilitle</translation>
    </message>
    <message>
        <source>Your notes lock when you leave the app, and after this many minutes without use:</source>
        <translation>Uygulamadan çıktığınızda ve bu kadar dakika kullanılmadığında notlarınız kilitlenir:</translation>
    </message>
    <message>
        <source>Minutes without use before your notes lock</source>
        <translation>Notlarınız kilitlenmeden önce kullanılmadan geçecek dakika</translation>
    </message>
    <message numerus="yes">
        <source>minutes</source>
        <translation>
            <numerusform>dakika</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Yedek kaydet</translation>
    </message>
    <message>
        <source>A backup is a copy of your vault that stays encrypted. Save it on a memory card or USB stick to move your notes to a new phone. It opens with the passphrase you have now, or with your recovery key.</source>
        <translation>Yedek, kasanızın şifreli kalan bir kopyasıdır. Notlarınızı yeni bir telefona taşımak için yedeği bir hafıza kartına veya USB belleğe kaydedin. Yedek, şu anki parolanızla veya kurtarma anahtarınızla açılır.</translation>
    </message>
    <message>
        <source>Type where to save it, for example %1</source>
        <translation>Nereye kaydedileceğini yazın, örneğin %1</translation>
    </message>
    <message>
        <source>Where to save the backup</source>
        <translation>Yedeğin kaydedileceği yer</translation>
    </message>
    <message>
        <source>Save backup</source>
        <translation>Yedeği kaydet</translation>
    </message>
    <message>
        <source>Saving the backup.</source>
        <translation>Yedek kaydediliyor.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Yedeği geri yükleme</translation>
    </message>
    <message>
        <source>Restoring a backup replaces the notes on this phone with the notes in the backup. Type where the backup file is, and the passphrase or recovery key that opens it.</source>
        <translation>Bir yedeği geri yüklerseniz, bu telefondaki notların yerine yedekteki notlar gelir. Yedek dosyasının nerede olduğunu ve onu açan parolayı veya kurtarma anahtarını yazın.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Yedek dosyası</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Parola veya kurtarma anahtarı</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Yedeği geri yükle</translation>
    </message>
    <message>
        <source>Delete my vault</source>
        <translation>Kasamı sil</translation>
    </message>
    <message>
        <source>Deletes all your notes and case details from this phone.</source>
        <translation>Tüm notlarınızı ve dosya bilgilerinizi bu telefondan siler.</translation>
    </message>
    <message>
        <source>Replace your notes?</source>
        <translation>Notlarınız yedekle değiştirilsin mi?</translation>
    </message>
    <message>
        <source>The notes and case details on this phone will be replaced by those in the backup. You cannot undo this.</source>
        <translation>Bu telefondaki notların ve dosya bilgilerinin yerine yedektekiler gelecek. Bunu geri alamazsınız.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>SİL</translation>
    </message>
    <message>
        <source>Delete your vault?</source>
        <translation>Kasanız silinsin mi?</translation>
    </message>
    <message>
        <source>All your notes and case details will be deleted from this phone. This cannot be undone, not even with the recovery key. Backups you saved somewhere else are not deleted.</source>
        <translation>Tüm notlarınız ve dosya bilgileriniz bu telefondan silinecek. Bu, kurtarma anahtarıyla bile geri alınamaz. Başka bir yere kaydettiğiniz yedekler silinmez.</translation>
    </message>
    <message>
        <source>To confirm, type %1</source>
        <translation>Onaylamak için %1 yazın</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Onaylamak için %1 yazın</translation>
    </message>
    <message>
        <source>Keep my vault</source>
        <translation>Kasam kalsın</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Tamamen sil</translation>
    </message>
    <message>
        <source>Your vault was deleted from this phone.</source>
        <translation>Kasanız bu telefondan silindi.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Hatırlatmalar</translation>
    </message>
    <message>
        <source>While your notes are open, the app reminds you of your deadlines 7 days, 2 days and 1 day before and on the last day, and of your appointments 1 day and 2 hours before. While your notes are locked, there are no reminders. Your reminders are also listed under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</source>
        <translation>Notlarınız açıkken uygulama size sürelerinizi 7 gün, 2 gün ve 1 gün önce ve son gün, randevularınızı da 1 gün ve 2 saat önce hatırlatır. Notlarınız kilitliyken hatırlatma yapılmaz. Hatırlatmalarınız ayrıca “Prosedürünüz” sayfasında “Yaklaşanlar” altında listelenir.</translation>
    </message>
    <message>
        <source>Show details in reminders</source>
        <translation>Hatırlatmalarda ayrıntıları göster</translation>
    </message>
    <message>
        <source>Reminders say which deadline or appointment it is. Anyone who sees your screen, even when it is locked, can read it.</source>
        <translation>Hatırlatmalar hangi süre veya randevu olduğunu söyler. Ekranınızı gören herkes, ekran kilitliyken bile bunu okuyabilir.</translation>
    </message>
    <message>
        <source>Reminders only say &quot;You have a deadline in 2 days&quot;, not which one, so a locked screen shows nothing about your case.</source>
        <translation>Hatırlatmalar sadece “Bir sürenizin bitmesine 2 gün kaldı” der, hangi süre olduğunu söylemez. Böylece kilitli ekranda dosyanızla ilgili hiçbir şey görünmez.</translation>
    </message>
    <message>
        <source>This device did not show a reminder as a notification. You find your reminders under &quot;Coming up&quot; on the page &quot;Your procedure&quot;.</source>
        <translation>Bu cihaz hatırlatmayı bildirim olarak göstermedi. Hatırlatmalarınızı “Prosedürünüz” sayfasında “Yaklaşanlar” altında bulabilirsiniz.</translation>
    </message>
    <message>
        <source>The app remembers which reminders it has shown only until you close it. After a restart, a reminder of the last 24 hours can show once more.</source>
        <translation>Uygulama, hangi hatırlatmaları gösterdiğini sadece siz uygulamayı kapatana kadar hatırlar. Yeniden başlattıktan sonra son 24 saatteki bir hatırlatma bir kez daha görünebilir.</translation>
    </message>
</context>
<context>
    <name>rc::contacts::OpeningHours</name>
    <message>
        <source>Opens today at %1</source>
        <translation>Açılış: bugün, saat %1</translation>
    </message>
    <message>
        <source>Opens tomorrow at %1</source>
        <translation>Açılış: yarın, saat %1</translation>
    </message>
    <message>
        <source>Opens %1 at %2</source>
        <extracomment>%1 is a day (&quot;Monday&quot;) or a date (&quot;Thursday 8 January&quot;), %2 a time (&quot;09:00&quot;)</extracomment>
        <translation>Açılış: %1, saat %2</translation>
    </message>
    <message>
        <source>Open now, until midnight</source>
        <translation>Şu an açık, gece yarısına kadar</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Şu an açık, kapanış: saat %1</translation>
    </message>
    <message>
        <source>Open now, until tomorrow at %1</source>
        <translation>Şu an açık, kapanış: yarın, saat %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <extracomment>%1 is a day (&quot;Monday&quot;) or a date (&quot;Thursday 8 January&quot;), %2 a time (&quot;09:00&quot;)</extracomment>
        <translation>Şu an açık, kapanış: %1, saat %2</translation>
    </message>
    <message>
        <source>Open 24 hours, every day</source>
        <translation>Her gün 24 saat açık</translation>
    </message>
    <message>
        <source>Not open on any day</source>
        <translation>Hiçbir gün açık değil</translation>
    </message>
    <message>
        <source>Closed today (public holiday). %1</source>
        <extracomment>%1 says when it opens next, e.g. &quot;Opens tomorrow at 09:00&quot;</extracomment>
        <translation>Bugün kapalı (resmî tatil). %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactDetails</name>
    <message>
        <source>Call %1</source>
        <translation>%1 numarasını ara</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Acil durum</translation>
    </message>
    <message>
        <source>Only from a Dutch phone number</source>
        <translation>Sadece Hollanda telefon numarasından</translation>
    </message>
    <message>
        <source>WhatsApp %1</source>
        <translation>WhatsApp: %1</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>E-posta: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Web sitesi: %1</translation>
    </message>
    <message>
        <source>This organisation is not in the installed information.</source>
        <translation>Bu kuruluş yüklü bilgilerde yok.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Dosyanın tam yolunu yazın. Yol / ile başlar.</translation>
    </message>
    <message>
        <source>The contact card could not be saved at %1: %2</source>
        <translation>Kartvizit kaydedilemedi (%1): %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactListModel</name>
    <message>
        <source>Across the Netherlands</source>
        <translation>Hollanda genelinde</translation>
    </message>
    <message>
        <source>In a region or town</source>
        <translation>Bir bölgede veya şehirde</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tüm konular</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Tüm bölgeler</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Herhangi bir dil</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContactTexts</name>
    <message>
        <source>Legal help</source>
        <translation>Hukuki yardım</translation>
    </message>
    <message>
        <source>Support during the procedure</source>
        <translation>Prosedür boyunca destek</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sağlık</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Ruh sağlığı</translation>
    </message>
    <message>
        <source>LGBTIQ+</source>
        <translation>LGBTIQ+</translation>
    </message>
    <message>
        <source>Violence against women and girls</source>
        <translation>Kadınlara ve kız çocuklarına yönelik şiddet</translation>
    </message>
    <message>
        <source>Human trafficking</source>
        <translation>İnsan ticareti</translation>
    </message>
    <message>
        <source>Children on their own</source>
        <translation>Yalnız gelen çocuklar</translation>
    </message>
    <message>
        <source>Finding family members</source>
        <translation>Aile üyelerini bulma</translation>
    </message>
    <message>
        <source>Going back</source>
        <translation>Ülkeye geri dönüş</translation>
    </message>
    <message>
        <source>Without papers</source>
        <translation>Belgesiz olanlar</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Acil durumlar</translation>
    </message>
    <message>
        <source>Across the Netherlands</source>
        <translation>Hollanda genelinde</translation>
    </message>
    <message>
        <source>Hours not known: check the website</source>
        <translation>Saatler bilinmiyor: web sitesine bakın</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>Saatler bilinmiyor</translation>
    </message>
</context>
<context>
    <name>rc::ui::ContentUpdates</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Download progress, e.g. &quot;120 KB of 300 KB&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>This web address is not valid. Type it like https://example.org/content/.</source>
        <translation>Bu internet adresi geçerli değil. Adresi şöyle yazın: https://example.org/content/.</translation>
    </message>
    <message>
        <source>Type a web address starting with https://, or the full path of a folder, starting with /.</source>
        <translation>https:// ile başlayan bir internet adresi veya / ile başlayan bir klasörün tam yolunu yazın.</translation>
    </message>
    <message>
        <source>This mirror is already in the list.</source>
        <translation>Bu kaynak zaten listede.</translation>
    </message>
    <message>
        <source>Content updates are not available here.</source>
        <translation>Bilgi güncellemeleri burada kullanılamıyor.</translation>
    </message>
    <message>
        <source>Add a mirror first: a USB stick or folder with a copy of the information, or the web address your organisation gave you.</source>
        <translation>Önce bir güncelleme kaynağı ekleyin: bilgilerin bir kopyasının olduğu bir USB bellek veya klasör ya da kuruluşunuzun size verdiği internet adresi.</translation>
    </message>
    <message>
        <source>The app cannot tell whether this connection costs money, so the web mirrors were not used. Turn off &quot;Only on unmetered networks&quot; to use them anyway.</source>
        <translation>Uygulama bu bağlantının ücretli olup olmadığını anlayamıyor, bu yüzden internet kaynakları kullanılmadı. Yine de kullanmak için “Sadece kotasız ağlarda” seçeneğini kapatın.</translation>
    </message>
    <message>
        <source>This device is not connected to a network, so the web mirrors were not used.</source>
        <translation>Bu cihaz bir ağa bağlı değil, bu yüzden internet kaynakları kullanılmadı.</translation>
    </message>
    <message>
        <source>This connection may cost money (it is metered), so the web mirrors were not used.</source>
        <translation>Bu bağlantı ücretli olabilir (kotalı), bu yüzden internet kaynakları kullanılmadı.</translation>
    </message>
    <message>
        <source>The information was updated.</source>
        <translation>Bilgiler güncellendi.</translation>
    </message>
    <message>
        <source>The information is up to date.</source>
        <translation>Bilgiler güncel.</translation>
    </message>
    <message>
        <source>This copy of the information is older than what you already have. It was ignored, and nothing changed.</source>
        <translation>Bilgilerin bu kopyası, sizde olandan daha eski. Kullanılmadı ve hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>A mirror offered older information than what you already have. It was refused, and nothing changed.</source>
        <translation>Bir kaynak, sizde olandan daha eski bilgiler sundu. Bu bilgiler reddedildi ve hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>The information on the mirror has expired: the mirror is no longer kept up to date, or someone is holding back updates. Nothing changed.</source>
        <translation>Kaynaktaki bilgilerin süresi dolmuş: kaynak artık güncel tutulmuyor ya da biri güncellemeleri engelliyor. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>The mirror could not be read: it cannot be reached, or it holds no copy of the information. Nothing changed.</source>
        <translation>Kaynak okunamadı: kaynağa ulaşılamıyor ya da kaynakta bilgilerin bir kopyası yok. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>The information could not be updated on this device. Nothing changed.</source>
        <translation>Bilgiler bu cihazda güncellenemedi. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>The information on the mirror is not correctly signed by your distributor. It was refused, and nothing changed.</source>
        <translation>Kaynaktaki bilgiler dağıtıcınız tarafından doğru şekilde imzalanmamış. Bilgiler reddedildi ve hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>This copy is older than its signatures allow, but nothing in it is older than what you had, so it was used.</source>
        <translation>Bu kopya, imzalarının izin verdiğinden daha eski. Ama içindeki hiçbir şey sizde olandan eski değil, bu yüzden kullanıldı.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Ayrıntılar: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::DocumentsModel</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>Bu konumda dosya yok: %1.</translation>
    </message>
    <message>
        <source>Only photos and PDF files can be kept here.</source>
        <translation>Burada sadece fotoğraf ve PDF dosyaları saklanabilir.</translation>
    </message>
</context>
<context>
    <name>rc::ui::Handout</name>
    <message>
        <source>No content is installed, so there is nothing to print.</source>
        <translation>Hiç bilgi yüklü değil, bu yüzden yazdırılacak bir şey yok.</translation>
    </message>
    <message>
        <source>This article is not installed. Update the content and try again.</source>
        <translation>Bu yazı yüklü değil. Bilgileri güncelleyin ve tekrar deneyin.</translation>
    </message>
    <message>
        <source>This procedure is not installed. Update the content and try again.</source>
        <translation>Bu prosedür yüklü değil. Bilgileri güncelleyin ve tekrar deneyin.</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>Orada kimler var</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Ne kadar sürer</translation>
    </message>
    <message>
        <source>What to prepare</source>
        <translation>Ne hazırlamalısınız</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Haklarınız</translation>
    </message>
    <message>
        <source>Time limit: %1. Ask your lawyer at once how much time you have.</source>
        <translation>Süre: %1. Ne kadar süreniz olduğunu hemen avukatınıza sorun.</translation>
    </message>
    <message>
        <source>Time limit: %1, %2.</source>
        <translation>Süre: %1, %2.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Yasal dayanak: %1</translation>
    </message>
    <message>
        <source>This contact is not installed. Update the content and try again.</source>
        <translation>Bu kuruluş yüklü bilgilerde yok. Bilgileri güncelleyin ve tekrar deneyin.</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Çalışma saatleri:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web sitesi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Only from a Dutch phone number</source>
        <translation>Sadece Hollanda telefon numarasından</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Dosyanın tam yolunu yazın. Yol / ile başlar.</translation>
    </message>
    <message>
        <source>%1 is a folder. Type a file name at the end, for example handout.pdf.</source>
        <translation>%1 bir klasör. Sonuna bir dosya adı yazın, örneğin handout.pdf.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that exists, or create it first.</source>
        <translation>%1 klasörü yok. Var olan bir klasör seçin veya önce klasörü oluşturun.</translation>
    </message>
    <message>
        <source>Scan to get %1 and read more in the app:</source>
        <translation>%1 edinmek ve devamını uygulamada okumak için tarayın:</translation>
    </message>
    <message>
        <source>Scan to open the source on a phone:</source>
        <translation>Kaynağı telefonda açmak için tarayın:</translation>
    </message>
    <message>
        <source>Not yet translated into %1. You are reading the text in %2.</source>
        <translation>Henüz şu dile çevrilmedi: %1. Metni şu dilde okuyorsunuz: %2.</translation>
    </message>
    <message>
        <source>Machine translation, not yet checked by a person</source>
        <translation>Makine çevirisi, henüz bir insan tarafından kontrol edilmedi</translation>
    </message>
    <message>
        <source>This translation may be out of date</source>
        <translation>Bu çeviri güncel olmayabilir</translation>
    </message>
    <message>
        <source>The law on this is changing. Ask your lawyer or VluchtelingenWerk what applies to you.</source>
        <translation>Bu konudaki yasa değişiyor. Sizin için neyin geçerli olduğunu avukatınıza veya VluchtelingenWerk&apos;e sorun.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Son kontrol: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Yazdırma tarihi: %1</translation>
    </message>
    <message>
        <source>Could not save the handout to %1: %2</source>
        <translation>Bilgi notu kaydedilemedi (%1): %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::KioskController</name>
    <message>
        <source>Leave kiosk mode before you change the PIN.</source>
        <translation>PIN&apos;i değiştirmeden önce ortak bilgisayar modundan çıkın.</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation>PIN, %1 ile %2 arasında rakamdan oluşmalıdır.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>İki PIN aynı değil. İkisini tekrar yazın.</translation>
    </message>
    <message>
        <source>The PIN could not be stored. Close other apps and try again.</source>
        <translation>PIN kaydedilemedi. Diğer uygulamaları kapatıp tekrar deneyin.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Çok fazla yanlış PIN girildi. %n saniye bekleyin, sonra tekrar deneyin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Bu PIN doğru değil. %n saniye bekleyin, sonra tekrar deneyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Bu PIN doğru değil.</translation>
    </message>
</context>
<context>
    <name>rc::ui::LanShareController</name>
    <message>
        <source>Sharing stops by itself in %1.</source>
        <extracomment>%1 is minutes and seconds, e.g. 29:59</extracomment>
        <translation>Paylaşımın kendiliğinden durmasına kalan süre: %1.</translation>
    </message>
    <message>
        <source>This computer does not seem to be connected to a local network (Wi-Fi or cable). Connect it to the same network as the phones, then stop and start sharing again.</source>
        <translation>Bu bilgisayar yerel bir ağa (Wi-Fi veya kablo) bağlı görünmüyor. Bilgisayarı telefonlarla aynı ağa bağlayın, sonra paylaşımı durdurup yeniden başlatın.</translation>
    </message>
    <message>
        <source>Sharing stopped by itself. Start it again if more phones need the information.</source>
        <translation>Paylaşım kendiliğinden durdu. Başka telefonların da bilgilere ihtiyacı varsa paylaşımı yeniden başlatın.</translation>
    </message>
    <message>
        <source>Sharing stopped.</source>
        <translation>Paylaşım durduruldu.</translation>
    </message>
</context>
<context>
    <name>rc::ui::LanguageController</name>
    <message>
        <source>This language is not known to the app.</source>
        <translation>Uygulama bu dili tanımıyor.</translation>
    </message>
    <message>
        <source>The interface is not available in %1 on this device. It is shown in %2.</source>
        <extracomment>%1 is the name of a language in that language, e.g. &quot;Nederlands&quot;.</extracomment>
        <translation>Uygulama bu cihazda şu dilde kullanılamıyor: %1. Şu dilde gösteriliyor: %2.</translation>
    </message>
    <message>
        <source>Gregorian calendar</source>
        <translation>Miladi takvim</translation>
    </message>
    <message>
        <source>Solar Hijri calendar</source>
        <translation>Hicri Şemsi takvim</translation>
    </message>
    <message>
        <source>Ethiopian calendar</source>
        <translation>Etiyopya takvimi</translation>
    </message>
</context>
<context>
    <name>rc::ui::MyDeadlinesModel</name>
    <message>
        <source>Deadlines cannot be counted: the deadline data of this app is damaged (%1). Ask your lawyer for every deadline.</source>
        <translation>Süreler hesaplanamıyor: bu uygulamanın süre verileri bozuk (%1). Her süreyi avukatınıza sorun.</translation>
    </message>
    <message>
        <source>Registration (asylum application)</source>
        <translation>Kayıt (iltica başvurusu)</translation>
    </message>
    <message>
        <source>Detailed interview</source>
        <translation>Ayrıntılı mülakat</translation>
    </message>
    <message>
        <source>Intention to reject received</source>
        <translation>Ret niyeti alındı</translation>
    </message>
    <message>
        <source>View on the intention sent</source>
        <translation>Ret niyetine görüş gönderildi</translation>
    </message>
    <message>
        <source>Decision sent</source>
        <translation>Karar gönderildi</translation>
    </message>
    <message>
        <source>Residence permit granted</source>
        <translation>Oturma izni verildi</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>İtiraz başvurusu yapıldı</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Mahkeme duruşması</translation>
    </message>
    <message>
        <source>Open your notes first.</source>
        <translation>Önce notlarınızı açın.</translation>
    </message>
    <message>
        <source>Type the full path of the file, starting with /.</source>
        <translation>Dosyanın tam yolunu yazın. Yol / ile başlar.</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>Son gün: %1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Appointment at %1</source>
        <extracomment>%1 is a time of day, e.g. 14:30</extracomment>
        <translation>Randevu, saat %1</translation>
    </message>
    <message>
        <source>Counted from %1 (%2).</source>
        <translation>Şu tarihten itibaren hesaplandı: %1 (%2).</translation>
    </message>
    <message>
        <source>A lawyer must confirm this deadline.</source>
        <translation>Bu süreyi bir avukatın onaylaması gerekir.</translation>
    </message>
    <message>
        <source>There is nothing to export: no deadlines or appointments from today on.</source>
        <translation>Dışa aktarılacak bir şey yok: bugünden itibaren süre veya randevu yok.</translation>
    </message>
    <message>
        <source>The calendar could not be made: %1</source>
        <translation>Takvim oluşturulamadı: %1</translation>
    </message>
    <message>
        <source>The calendar could not be saved at %1: %2</source>
        <translation>Takvim kaydedilemedi (%1): %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReadAloud</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sentence %1 of %2</source>
        <translation>Cümle %1 / %2</translation>
    </message>
    <message>
        <source>The device&apos;s voice stopped with an error: %1</source>
        <translation>Cihazın sesi bir hata nedeniyle durdu: %1</translation>
    </message>
    <message>
        <source>The recording of this article could not be read.</source>
        <translation>Bu yazının ses kaydı açılamadı.</translation>
    </message>
    <message>
        <source>The recording cannot be played on this device: %1</source>
        <translation>Ses kaydı bu cihazda oynatılamıyor: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReminderScheduler</name>
    <message>
        <source>You have a deadline today</source>
        <translation>Bugün bir sürenizin son günü</translation>
    </message>
    <message>
        <source>You have a deadline tomorrow</source>
        <translation>Yarın bir sürenizin son günü</translation>
    </message>
    <message numerus="yes">
        <source>You have a deadline in %n days</source>
        <extracomment>Reminder on a locked screen: it must not say which deadline. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>Bir sürenizin bitmesine %n gün kaldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have an appointment in %n days</source>
        <extracomment>Reminder on a locked screen: it must not say which appointment. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>Bir randevunuza %n gün kaldı</numerusform>
        </translation>
    </message>
    <message>
        <source>You have an appointment tomorrow</source>
        <translation>Yarın bir randevunuz var</translation>
    </message>
    <message numerus="yes">
        <source>You have an appointment in %n hours</source>
        <extracomment>Reminder on a locked screen. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>Bir randevunuza %n saat kaldı</numerusform>
        </translation>
    </message>
    <message>
        <source>You have an appointment in less than 2 hours</source>
        <translation>Bir randevunuza 2 saatten az kaldı</translation>
    </message>
    <message numerus="yes">
        <source>You have %n deadlines this week</source>
        <extracomment>One notification for several reminders the app could not show while the vault was locked. %n is 2 or more.</extracomment>
        <translation>
            <numerusform>Bu hafta %n süreniz doluyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n appointments this week</source>
        <extracomment>%n is 2 or more.</extracomment>
        <translation>
            <numerusform>Bu hafta %n randevunuz var</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n deadlines and appointments this week</source>
        <extracomment>%n (the deadlines and appointments together) is 2 or more.</extracomment>
        <translation>
            <numerusform>Bu hafta toplam %n süreniz ve randevunuz var</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: last day %2</source>
        <extracomment>%1 is what the deadline is for (e.g. Appeal to the court), %2 its last day.</extracomment>
        <translation>%1: son gün %2</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <extracomment>%1 is the appointment&apos;s title, %2 its day, %3 its time.</extracomment>
        <translation>%1: %2, saat %3</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Hatırlatma</translation>
    </message>
</context>
<context>
    <name>rc::ui::VaultController</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>En az %n karakter kullanın.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>İki parola aynı değil. İkisini tekrar yazın.</translation>
    </message>
    <message>
        <source>This is not a recovery key. It has 32 letters and digits in groups of four.</source>
        <translation>Bu bir kurtarma anahtarı değil. Kurtarma anahtarında dörtlü gruplar hâlinde 32 harf ve rakam vardır.</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Your recovery key still works.</source>
        <translation>Parolanız değiştirildi. Kurtarma anahtarınız hâlâ çalışıyor.</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Yedeğin nereye kaydedileceğini seçin.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Yedek geri yüklendi.</translation>
    </message>
    <message>
        <source>The vault file could not be deleted. Try again, or delete the app&apos;s data.</source>
        <translation>Kasa dosyası silinemedi. Tekrar deneyin veya uygulamanın verilerini silin.</translation>
    </message>
    <message>
        <source>Your vault was deleted.</source>
        <translation>Kasanız silindi.</translation>
    </message>
    <message>
        <source>Backup saved, with your documents. It opens with your passphrase or your recovery key.</source>
        <translation>Yedek, belgelerinizle birlikte kaydedildi. Yedek, parolanızla veya kurtarma anahtarınızla açılır.</translation>
    </message>
</context>
<context>
    <name>rc::ui::VaultRecordsModel</name>
    <message>
        <source>Choose what happened on this date.</source>
        <translation>Bu tarihte ne olduğunu seçin.</translation>
    </message>
    <message>
        <source>This date does not exist. Check the day and the month.</source>
        <translation>Bu tarih yok. Günü ve ayı kontrol edin.</translation>
    </message>
    <message>
        <source>Give the appointment a name, for example &quot;Lawyer&quot;.</source>
        <translation>Randevuya bir ad verin, örneğin &quot;Avukat&quot;.</translation>
    </message>
    <message>
        <source>Write the person&apos;s or the organisation&apos;s name.</source>
        <translation>Kişinin veya kuruluşun adını yazın.</translation>
    </message>
    <message>
        <source>This could not be saved. Try again.</source>
        <translation>Bu kaydedilemedi. Tekrar deneyin.</translation>
    </message>
</context>
<context>
    <name>rc::vault</name>
    <message>
        <source>Your private notes were not found on this phone.</source>
        <translation>Özel notlarınız bu telefonda bulunamadı.</translation>
    </message>
    <message>
        <source>This file does not hold Rights Companion notes. Nothing was changed.</source>
        <translation>Bu dosyada Rights Companion notları yok. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer version of Rights Companion. Update the app to open them. Your notes were not changed.</source>
        <translation>Notlarınız Rights Companion&apos;ın daha yeni bir sürümüyle kaydedilmiş. Açmak için uygulamayı güncelleyin. Notlarınız değişmedi.</translation>
    </message>
    <message>
        <source>This file was changed or damaged, so it cannot be opened. Your notes were not changed.</source>
        <translation>Bu dosya değiştirilmiş veya bozulmuş, bu yüzden açılamıyor. Notlarınız değişmedi.</translation>
    </message>
    <message>
        <source>The passphrase or recovery key is not right. Check it and try again.</source>
        <translation>Parola veya kurtarma anahtarı doğru değil. Kontrol edip tekrar deneyin.</translation>
    </message>
    <message>
        <source>This phone does not have enough free memory right now. Close other apps and try again. Your notes were not changed.</source>
        <translation>Bu telefonda şu anda yeterli boş bellek yok. Diğer uygulamaları kapatıp tekrar deneyin. Notlarınız değişmedi.</translation>
    </message>
    <message>
        <source>The phone&apos;s storage could not be read or written (it may be full). The last saved copy of your notes was kept.</source>
        <translation>Telefonun depolama alanı okunamadı veya yazılamadı (dolu olabilir). Notlarınızın son kaydedilen kopyası korundu.</translation>
    </message>
    <message>
        <source>This document is too large for Rights Companion to keep or show. Nothing was changed.</source>
        <translation>Bu belge, Rights Companion&apos;ın saklaması veya göstermesi için çok büyük. Hiçbir şey değişmedi.</translation>
    </message>
</context>
</TS>
