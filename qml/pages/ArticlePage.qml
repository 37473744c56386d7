import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import RightsCompanion
import RightsCompanion.Models

PageScaffold {
    id: root

    property alias pack: view.pack
    property alias articleId: view.articleId
    readonly property alias article: view.article

    pageName: "article"
    title: view.article.found ? view.article.title : qsTr("Article")

    ArticleView {
        id: view
        Layout.fillWidth: true
    }

    // Listening: the article's recording in the reader's language, else the device's voice, else
    // an honest "no voice" and English instead (ReadAloud decides).
    ReadAloud {
        id: reader
        library: ContentLibrary
        pack: root.pack
        articleId: root.articleId
        language: ContentLibrary.language
    }

    OutlineButton {
        objectName: "article-listen"
        visible: view.article.found === true && !listenPart.visible
        text: qsTr("Listen to this article")
        Accessible.name: text
        onClicked: {
            listenPart.visible = true;
            reader.play();
        }
    }

    ColumnLayout {
        id: listenPart
        objectName: "article-listen-part"
        visible: false
        spacing: Theme.unit * 2
        Layout.fillWidth: true

        Paragraph {
            objectName: "article-listen-source"
            readonly property string sourceLanguageName: Languages.nameOf(reader.sourceLanguage)
            text: reader.source === "recording" ? qsTr("A recorded reading in %1.").arg(sourceLanguageName)
                : reader.source === "speech" ? qsTr("Read by your device's voice in %1. It may say some words wrongly.").arg(sourceLanguageName)
                : reader.source === "none" ? qsTr("There is no recording of this article in %1, and this device has no voice for %1.").arg(Languages.nameOf(ContentLibrary.language))
                : ""
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.unit * 2
            visible: reader.source === "recording" || reader.source === "speech"

            OutlineButton {
                objectName: "article-listen-play"
                text: reader.playing ? qsTr("Pause") : qsTr("Play")
                Accessible.name: text
                onClicked: reader.playing ? reader.pause() : reader.play()
            }
            OutlineButton {
                objectName: "article-listen-restart"
                text: qsTr("From the start")
                Accessible.name: text
                onClicked: reader.seek(0)
            }
            ComboBox {
                id: speed
                objectName: "article-listen-speed"
                height: Math.max(implicitHeight, Theme.touchTarget)
                textRole: "label"
                valueRole: "rate"
                model: [
                    { label: qsTr("Slower"), rate: 0.75 },
                    { label: qsTr("Normal speed"), rate: 1.0 },
                    { label: qsTr("Faster"), rate: 1.25 },
                    { label: qsTr("Much faster"), rate: 1.5 }
                ]
                currentIndex: indexOfValue(reader.rate)
                onActivated: reader.rate = currentValue
                Accessible.name: qsTr("Speed: %1").arg(currentText)
            }
        }
        Slider {
            objectName: "article-listen-position"
            visible: reader.duration > 0
            from: 0
            to: Math.max(1, reader.duration)
            value: reader.position
            stepSize: reader.source === "speech" ? 1 : 0
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            onMoved: reader.seek(value)
            Accessible.name: qsTr("Position: %1").arg(reader.positionText)
        }
        Label {
            objectName: "article-listen-time"
            visible: text.length > 0
            text: reader.positionText
            Layout.fillWidth: true
        }
        OutlineButton {
            objectName: "article-listen-english"
            visible: reader.englishOffer.length > 0
            text: qsTr("Listen in English")
            Accessible.name: text
            onClicked: reader.useEnglish()
        }
        NoticeBanner {
            objectName: "article-listen-problem"
            text: reader.problem
        }
    }

    HandoutAction {
        kind: "article"
        visible: view.article.found === true
        pack: root.pack
        itemId: root.articleId
        explanation: qsTr("Save this article as a PDF file in the language you are reading, with its sources, the date it was checked and a QR code. Print it or give it to someone. It holds nothing from your notes.")
    }
}
