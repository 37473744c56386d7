<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>ArticlePage</name>
    <message>
        <source>Article</source>
        <translation>Yazı</translation>
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
