#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace tpp::kube {

// Private to the kubeconfig loader (Kubeconfig.cpp): yaml-cpp stays out of the
// public headers.

/// Reads the fields of one mapping, every error naming the key path.
class KubeconfigFields {
public:
    /// A problem in one kubeconfig file, already worded as "file: key: problem".
    struct Fault {
        QString message;
    };
    [[noreturn]] static void fail(const QString& file, const QString& keyPath,
                                  const QString& problem) {
        throw Fault{QCoreApplication::translate("tpp::kube::Kubeconfig", "%1: %2: %3")
                        .arg(file, keyPath, problem)};
    }

    KubeconfigFields(QString file, QString keyPath, YAML::Node map)
        : m_file(std::move(file))
        , m_path(std::move(keyPath))
        , m_map(std::move(map)) {}

    [[nodiscard]] const QString& file() const { return m_file; }
    [[nodiscard]] QString keyPath(const char* key) const {
        return m_path + QLatin1Char('.') + QLatin1String(key);
    }
    [[nodiscard]] YAML::Node node(const char* key) const {
        if (!m_map || !m_map.IsMap())
            return YAML::Node(YAML::NodeType::Undefined);
        const YAML::Node& map = m_map; // const: operator[] must not insert
        const YAML::Node value = map[key];
        if (!value || value.IsNull())
            return YAML::Node(YAML::NodeType::Undefined);
        return value;
    }
    [[nodiscard]] bool has(const char* key) const { return node(key).IsDefined(); }

    [[nodiscard]] QString string(const char* key) const {
        const YAML::Node value = node(key);
        if (!value.IsDefined())
            return {};
        if (!value.IsScalar())
            fail(m_file, keyPath(key),
                 QCoreApplication::translate("tpp::kube::Kubeconfig", "must be a string"));
        return QString::fromStdString(value.Scalar());
    }
    [[nodiscard]] bool boolean(const char* key) const {
        const YAML::Node value = node(key);
        if (!value.IsDefined())
            return false;
        bool result = false;
        if (!value.IsScalar() || !YAML::convert<bool>::decode(value, result))
            fail(m_file, keyPath(key),
                 QCoreApplication::translate("tpp::kube::Kubeconfig", "must be true or false"));
        return result;
    }
    [[nodiscard]] QByteArray base64(const char* key) const {
        QByteArray text = string(key).toLatin1();
        // Go's decoder skips line breaks, and long data is often folded.
        text.replace('\n', QByteArray()).replace('\r', QByteArray());
        auto decoded =
            QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            fail(m_file, keyPath(key),
                 QCoreApplication::translate("tpp::kube::Kubeconfig", "not valid base64"));
        return *decoded;
    }
    /// A path relative to the folder of the kubeconfig that names it.
    [[nodiscard]] QString path(const char* key) const {
        const QString value = string(key);
        if (value.isEmpty())
            return {};
        return QDir::cleanPath(QFileInfo(m_file).absoluteDir().absoluteFilePath(value));
    }
    [[nodiscard]] QByteArray fileContents(const char* key) const {
        const QString file = path(key);
        if (file.isEmpty())
            return {};
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            fail(m_file, keyPath(key),
                 QCoreApplication::translate("tpp::kube::Kubeconfig", "cannot read %1: %2")
                     .arg(file, f.errorString()));
        return f.readAll();
    }
    /// The -data form wins over the file form, as in client-go.
    [[nodiscard]] QByteArray dataOrFile(const char* dataKey, const char* fileKey) const {
        if (has(dataKey))
            return base64(dataKey);
        return fileContents(fileKey);
    }
    [[nodiscard]] QStringList stringList(const char* key) const {
        const YAML::Node value = node(key);
        if (!value.IsDefined())
            return {};
        if (!value.IsSequence())
            fail(m_file, keyPath(key),
                 QCoreApplication::translate("tpp::kube::Kubeconfig", "must be a list"));
        QStringList result;
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (!value[i].IsScalar())
                fail(m_file, keyPath(key) + QStringLiteral("[%1]").arg(i),
                     QCoreApplication::translate("tpp::kube::Kubeconfig", "must be a string"));
            result << QString::fromStdString(value[i].Scalar());
        }
        return result;
    }

private:
    QString m_file;
    QString m_path;
    YAML::Node m_map;
};

} // namespace tpp::kube
