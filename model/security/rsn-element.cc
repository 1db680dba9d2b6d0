/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "rsn-element.h"

#include "ns3/abort.h"
#include "ns3/log.h"

#include <algorithm>
#include <cstdio>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("RsnElement");

namespace
{

/**
 * Read a suite list: Count (little endian) and the suites.
 * \param reader where to read
 * \param name the list's name, for the reason
 * \param suites the suites read
 * \param why on failure, the reason
 * \return false for a truncated count, a zero count or a list that runs past the element
 */
bool
ReadSuiteList(ByteReader& reader, const char* name, std::vector<uint32_t>& suites, std::string& why)
{
    if (reader.GetRemaining() < 2)
    {
        why = std::string("RSN element truncated in the ") + name + " suite count";
        return false;
    }
    uint16_t count = reader.ReadU16Le();
    if (count == 0)
    {
        why = std::string("RSN element has an empty ") + name + " suite list";
        return false;
    }
    if (std::size_t(count) * 4 > reader.GetRemaining())
    {
        why = std::string("RSN element ") + name + " suite count " + std::to_string(count) +
              " runs past the element";
        return false;
    }
    suites.clear();
    for (uint16_t i = 0; i < count; ++i)
    {
        suites.push_back(reader.ReadU32());
    }
    return true;
}

} // namespace

RsnElement::RsnElement()
    : m_version(1),
      m_groupCipher(CIPHER_CCMP),
      m_pairwise{CIPHER_CCMP},
      m_akm{AKM_PSK},
      m_capabilities(0),
      m_groupMgmtCipher(0)
{
}

uint16_t
RsnElement::GetVersion() const
{
    return m_version;
}

void
RsnElement::SetVersion(uint16_t version)
{
    m_version = version;
}

uint32_t
RsnElement::GetGroupCipher() const
{
    return m_groupCipher;
}

void
RsnElement::SetGroupCipher(uint32_t suite)
{
    m_groupCipher = suite;
}

const std::vector<uint32_t>&
RsnElement::GetPairwiseCiphers() const
{
    return m_pairwise;
}

void
RsnElement::SetPairwiseCiphers(const std::vector<uint32_t>& suites)
{
    m_pairwise = suites;
}

const std::vector<uint32_t>&
RsnElement::GetAkmSuites() const
{
    return m_akm;
}

void
RsnElement::SetAkmSuites(const std::vector<uint32_t>& suites)
{
    m_akm = suites;
}

uint16_t
RsnElement::GetCapabilities() const
{
    return m_capabilities;
}

void
RsnElement::SetCapabilities(uint16_t capabilities)
{
    m_capabilities = capabilities;
}

const std::vector<std::vector<uint8_t>>&
RsnElement::GetPmkids() const
{
    return m_pmkids;
}

void
RsnElement::SetPmkids(const std::vector<std::vector<uint8_t>>& pmkids)
{
    for (const auto& pmkid : pmkids)
    {
        NS_ABORT_MSG_IF(pmkid.size() != PMKID_SIZE, "a PMKID has 16 bytes");
    }
    m_pmkids = pmkids;
}

bool
RsnElement::HasGroupManagementCipher() const
{
    return m_groupMgmtCipher != 0;
}

uint32_t
RsnElement::GetGroupManagementCipher() const
{
    return m_groupMgmtCipher;
}

void
RsnElement::SetGroupManagementCipher(uint32_t suite)
{
    m_groupMgmtCipher = suite;
}

bool
RsnElement::HasPairwiseCipher(uint32_t suite) const
{
    return std::find(m_pairwise.begin(), m_pairwise.end(), suite) != m_pairwise.end();
}

bool
RsnElement::HasAkm(uint32_t suite) const
{
    return std::find(m_akm.begin(), m_akm.end(), suite) != m_akm.end();
}

std::size_t
RsnElement::GetSerializedSize() const
{
    std::size_t size = 2 + 2 + 4 + 2 + 4 * m_pairwise.size() + 2 + 4 * m_akm.size() + 2;
    if (!m_pmkids.empty() || HasGroupManagementCipher())
    {
        size += 2 + PMKID_SIZE * m_pmkids.size();
    }
    if (HasGroupManagementCipher())
    {
        size += 4;
    }
    return size;
}

void
RsnElement::Encode(ByteWriter& writer) const
{
    std::size_t size = GetSerializedSize();
    NS_ABORT_MSG_IF(size - 2 > 255, "RSN element longer than 255 bytes");
    writer.WriteU8(ELEMENT_ID);
    writer.WriteU8(static_cast<uint8_t>(size - 2));
    writer.WriteU16Le(m_version);
    writer.WriteU32(m_groupCipher);
    writer.WriteU16Le(static_cast<uint16_t>(m_pairwise.size()));
    for (uint32_t suite : m_pairwise)
    {
        writer.WriteU32(suite);
    }
    writer.WriteU16Le(static_cast<uint16_t>(m_akm.size()));
    for (uint32_t suite : m_akm)
    {
        writer.WriteU32(suite);
    }
    writer.WriteU16Le(m_capabilities);
    if (!m_pmkids.empty() || HasGroupManagementCipher())
    {
        writer.WriteU16Le(static_cast<uint16_t>(m_pmkids.size()));
        for (const auto& pmkid : m_pmkids)
        {
            writer.WriteBytes(pmkid);
        }
    }
    if (HasGroupManagementCipher())
    {
        writer.WriteU32(m_groupMgmtCipher);
    }
}

std::vector<uint8_t>
RsnElement::Encode() const
{
    ByteWriter writer;
    Encode(writer);
    return writer.GetBytes();
}

bool
RsnElement::Decode(ByteReader& reader, RsnElement& element, std::string& why)
{
    if (reader.GetRemaining() < 2)
    {
        why = "RSN element shorter than its 2-byte header";
        return false;
    }
    uint8_t id = reader.ReadU8();
    uint8_t length = reader.ReadU8();
    if (id != ELEMENT_ID)
    {
        why = "element ID " + std::to_string(id) + " is not the RSN element (48)";
        return false;
    }
    if (length != reader.GetRemaining())
    {
        why = "RSN element length " + std::to_string(length) + " does not match the " +
              std::to_string(reader.GetRemaining()) + " bytes that follow";
        return false;
    }
    ByteReader body = reader.ReadSub(length);
    RsnElement result;
    // Defaults of IEEE 802.11-2020 9.4.2.24.1 for fields absent from the end.
    result.m_akm = {AKM_8021X};
    if (body.GetRemaining() < 2)
    {
        why = "RSN element has no version";
        return false;
    }
    result.m_version = body.ReadU16Le();
    if (result.m_version != 1)
    {
        why = "unsupported RSN version " + std::to_string(result.m_version);
        return false;
    }
    if (body.GetRemaining() > 0)
    {
        if (body.GetRemaining() < 4)
        {
            why = "RSN element truncated in the group data cipher suite";
            return false;
        }
        result.m_groupCipher = body.ReadU32();
    }
    if (body.GetRemaining() > 0 && !ReadSuiteList(body, "pairwise cipher", result.m_pairwise, why))
    {
        return false;
    }
    if (body.GetRemaining() > 0 && !ReadSuiteList(body, "AKM", result.m_akm, why))
    {
        return false;
    }
    if (body.GetRemaining() > 0)
    {
        if (body.GetRemaining() < 2)
        {
            why = "RSN element truncated in the RSN capabilities";
            return false;
        }
        result.m_capabilities = body.ReadU16Le();
    }
    if (body.GetRemaining() > 0)
    {
        if (body.GetRemaining() < 2)
        {
            why = "RSN element truncated in the PMKID count";
            return false;
        }
        uint16_t count = body.ReadU16Le();
        if (std::size_t(count) * PMKID_SIZE > body.GetRemaining())
        {
            why = "RSN element PMKID count " + std::to_string(count) + " runs past the element";
            return false;
        }
        for (uint16_t i = 0; i < count; ++i)
        {
            result.m_pmkids.push_back(body.ReadBytes(PMKID_SIZE));
        }
    }
    if (body.GetRemaining() > 0)
    {
        if (body.GetRemaining() < 4)
        {
            why = "RSN element truncated in the group management cipher suite";
            return false;
        }
        result.m_groupMgmtCipher = body.ReadU32();
        if (result.m_groupMgmtCipher == 0)
        {
            why = "RSN element has a zero group management cipher suite";
            return false;
        }
    }
    if (body.GetRemaining() > 0)
    {
        why = "RSN element has " + std::to_string(body.GetRemaining()) + " trailing bytes";
        return false;
    }
    if (!body.IsOk() || !reader.IsOk())
    {
        why = "RSN element truncated";
        return false;
    }
    element = result;
    return true;
}

bool
RsnElement::Decode(const std::vector<uint8_t>& bytes, RsnElement& element, std::string& why)
{
    ByteReader reader(bytes);
    return Decode(reader, element, why);
}

std::string
RsnElement::SuiteToString(uint32_t suite)
{
    char text[24];
    std::snprintf(text,
                  sizeof(text),
                  "%02X-%02X-%02X:%u",
                  unsigned((suite >> 24) & 0xff),
                  unsigned((suite >> 16) & 0xff),
                  unsigned((suite >> 8) & 0xff),
                  unsigned(suite & 0xff));
    return text;
}

std::size_t
RsnElement::CipherKeyLength(uint32_t suite)
{
    switch (suite)
    {
    case CIPHER_WEP40:
        return 5;
    case CIPHER_TKIP:
        return 32;
    case CIPHER_CCMP:
        return 16;
    case CIPHER_WEP104:
        return 13;
    case CIPHER_BIP_CMAC:
        return 16;
    default:
        return 0;
    }
}

bool
RsnElement::operator==(const RsnElement& other) const
{
    return m_version == other.m_version && m_groupCipher == other.m_groupCipher &&
           m_pairwise == other.m_pairwise && m_akm == other.m_akm &&
           m_capabilities == other.m_capabilities && m_pmkids == other.m_pmkids &&
           m_groupMgmtCipher == other.m_groupMgmtCipher;
}

std::vector<uint8_t>
RsnKeyData::EncodeGtkKde(uint8_t keyId, bool tx, const std::vector<uint8_t>& gtk)
{
    NS_ABORT_MSG_IF(keyId > 3, "GTK key ID is 0-3");
    NS_ABORT_MSG_IF(gtk.empty() || gtk.size() > MAX_GTK_SIZE, "GTK must have 1-32 bytes");
    ByteWriter writer;
    writer.WriteU8(KDE_TYPE);
    writer.WriteU8(static_cast<uint8_t>(4 + 2 + gtk.size()));
    writer.WriteU24(RsnElement::OUI_IEEE80211);
    writer.WriteU8(KDE_GTK);
    writer.WriteU8(static_cast<uint8_t>((keyId & 0x03) | (tx ? 0x04 : 0x00)));
    writer.WriteU8(0);
    writer.WriteBytes(gtk);
    return writer.GetBytes();
}

std::vector<uint8_t>
RsnKeyData::EncodePmkidKde(const std::vector<uint8_t>& pmkid)
{
    NS_ABORT_MSG_IF(pmkid.size() != RsnElement::PMKID_SIZE, "a PMKID has 16 bytes");
    ByteWriter writer;
    writer.WriteU8(KDE_TYPE);
    writer.WriteU8(static_cast<uint8_t>(4 + pmkid.size()));
    writer.WriteU24(RsnElement::OUI_IEEE80211);
    writer.WriteU8(KDE_PMKID);
    writer.WriteBytes(pmkid);
    return writer.GetBytes();
}

std::vector<uint8_t>
RsnKeyData::Pad(const std::vector<uint8_t>& keyData)
{
    std::vector<uint8_t> padded(keyData);
    if (padded.size() >= 16 && padded.size() % 8 == 0)
    {
        return padded;
    }
    padded.push_back(KDE_TYPE);
    while (padded.size() < 16 || padded.size() % 8 != 0)
    {
        padded.push_back(0);
    }
    return padded;
}

bool
RsnKeyData::Parse(const std::vector<uint8_t>& keyData, Contents& contents, std::string& why)
{
    Contents result;
    ByteReader reader(keyData);
    while (reader.GetRemaining() > 0)
    {
        std::size_t start = reader.GetOffset();
        if (keyData[start] == KDE_TYPE && (reader.GetRemaining() == 1 || keyData[start + 1] == 0))
        {
            // Padding: 0xDD then zeros to the end.
            for (std::size_t i = start + 1; i < keyData.size(); ++i)
            {
                if (keyData[i] != 0)
                {
                    why = "non-zero byte in the key data padding";
                    return false;
                }
            }
            result.paddingSize = keyData.size() - start;
            break;
        }
        if (reader.GetRemaining() < 2)
        {
            why = "key data ends inside an element header";
            return false;
        }
        uint8_t id = reader.ReadU8();
        uint8_t length = reader.ReadU8();
        if (length > reader.GetRemaining())
        {
            why =
                "key data element of length " + std::to_string(length) + " runs past the key data";
            return false;
        }
        std::vector<uint8_t> element(keyData.begin() + start, keyData.begin() + start + 2 + length);
        ByteReader body = reader.ReadSub(length);
        if (id == RsnElement::ELEMENT_ID)
        {
            if (!result.rsnElement.empty())
            {
                why = "key data has more than one RSN element";
                return false;
            }
            result.rsnElement = element;
            continue;
        }
        if (id == KDE_TYPE && length >= 4)
        {
            uint32_t oui = body.ReadU24();
            uint8_t dataType = body.ReadU8();
            if (oui == RsnElement::OUI_IEEE80211 && dataType == KDE_GTK)
            {
                if (result.hasGtk)
                {
                    why = "key data has more than one GTK KDE";
                    return false;
                }
                if (length < 4 + 2 + 1 || length > 4 + 2 + MAX_GTK_SIZE)
                {
                    why = "GTK KDE of length " + std::to_string(length) + " is malformed";
                    return false;
                }
                uint8_t keyIdTx = body.ReadU8();
                body.ReadU8(); // reserved
                result.hasGtk = true;
                result.gtkKeyId = keyIdTx & 0x03;
                result.gtkTx = (keyIdTx & 0x04) != 0;
                result.gtk = body.GetRest();
                continue;
            }
            if (oui == RsnElement::OUI_IEEE80211 && dataType == KDE_PMKID)
            {
                if (length != 4 + RsnElement::PMKID_SIZE)
                {
                    why = "PMKID KDE of length " + std::to_string(length) + " is malformed";
                    return false;
                }
                result.pmkid = body.GetRest();
                continue;
            }
        }
        result.other.push_back(element);
    }
    contents = result;
    return true;
}

} // namespace ns3
