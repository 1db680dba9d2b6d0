/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "radius-packet.h"

#include "ns3/abort.h"
#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"
#include "ns3/log.h"

#include <cstdio>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("RadiusPacket");

namespace
{

/// \param text a string \return its octets
std::vector<uint8_t>
Octets(const std::string& text)
{
    return std::vector<uint8_t>(text.begin(), text.end());
}

/**
 * Find the Message-Authenticator's value in a packet image.
 * \param bytes the image; its Length field bounds the walk
 * \return the offset of the 16-octet value, or 0 if there is none or the image is malformed
 */
std::size_t
FindMessageAuthenticator(const std::vector<uint8_t>& bytes)
{
    if (bytes.size() < RadiusPacket::HEADER_SIZE)
    {
        return 0;
    }
    std::size_t length = (std::size_t(bytes[2]) << 8) | bytes[3];
    if (length > bytes.size())
    {
        return 0;
    }
    std::size_t offset = RadiusPacket::HEADER_SIZE;
    while (offset + 2 <= length)
    {
        uint8_t type = bytes[offset];
        uint8_t size = bytes[offset + 1];
        if (size < 2 || offset + size > length)
        {
            return 0;
        }
        if (type == RadiusPacket::MESSAGE_AUTHENTICATOR)
        {
            return size == 18 ? offset + 2 : 0;
        }
        offset += size;
    }
    return 0;
}

/// \param bytes a decodable image \return the image cut to its Length field
std::vector<uint8_t>
CutToLength(const std::vector<uint8_t>& bytes)
{
    std::size_t length = (std::size_t(bytes[2]) << 8) | bytes[3];
    return std::vector<uint8_t>(bytes.begin(), bytes.begin() + length);
}

} // namespace

RadiusPacket::RadiusPacket()
    : RadiusPacket(ACCESS_REQUEST, 0)
{
}

RadiusPacket::RadiusPacket(uint8_t code, uint8_t identifier)
    : m_code(code),
      m_identifier(identifier),
      m_authenticator{}
{
}

uint8_t
RadiusPacket::GetCode() const
{
    return m_code;
}

void
RadiusPacket::SetCode(uint8_t code)
{
    m_code = code;
}

uint8_t
RadiusPacket::GetIdentifier() const
{
    return m_identifier;
}

void
RadiusPacket::SetIdentifier(uint8_t identifier)
{
    m_identifier = identifier;
}

const RadiusPacket::Authenticator&
RadiusPacket::GetAuthenticator() const
{
    return m_authenticator;
}

void
RadiusPacket::SetAuthenticator(const Authenticator& authenticator)
{
    m_authenticator = authenticator;
}

void
RadiusPacket::AddAttribute(uint8_t type, const std::vector<uint8_t>& value)
{
    NS_ABORT_MSG_IF(value.size() > MAX_VALUE_SIZE, "RADIUS attribute value over 253 octets");
    m_attributes.push_back(Attribute{type, value});
}

void
RadiusPacket::AddStringAttribute(uint8_t type, const std::string& text)
{
    AddAttribute(type, Octets(text));
}

void
RadiusPacket::AddIntegerAttribute(uint8_t type, uint32_t value)
{
    ByteWriter writer;
    writer.WriteU32(value);
    AddAttribute(type, writer.GetBytes());
}

void
RadiusPacket::AddAddressAttribute(uint8_t type, Ipv4Address address)
{
    ByteWriter writer;
    writer.WriteIpv4(address);
    AddAttribute(type, writer.GetBytes());
}

const RadiusPacket::Attribute*
RadiusPacket::FindAttribute(uint8_t type) const
{
    for (const auto& attribute : m_attributes)
    {
        if (attribute.type == type)
        {
            return &attribute;
        }
    }
    return nullptr;
}

bool
RadiusPacket::FindAttribute(uint8_t type, std::vector<uint8_t>& value) const
{
    const Attribute* attribute = FindAttribute(type);
    if (attribute == nullptr)
    {
        return false;
    }
    value = attribute->value;
    return true;
}

bool
RadiusPacket::FindStringAttribute(uint8_t type, std::string& text) const
{
    const Attribute* attribute = FindAttribute(type);
    if (attribute == nullptr)
    {
        return false;
    }
    text.assign(attribute->value.begin(), attribute->value.end());
    return true;
}

bool
RadiusPacket::FindIntegerAttribute(uint8_t type, uint32_t& value) const
{
    const Attribute* attribute = FindAttribute(type);
    if (attribute == nullptr || attribute->value.size() != 4)
    {
        return false;
    }
    ByteReader reader(attribute->value);
    value = reader.ReadU32();
    return true;
}

std::size_t
RadiusPacket::CountAttributes(uint8_t type) const
{
    std::size_t count = 0;
    for (const auto& attribute : m_attributes)
    {
        count += attribute.type == type ? 1 : 0;
    }
    return count;
}

void
RadiusPacket::RemoveAttributes(uint8_t type)
{
    std::vector<Attribute> kept;
    for (const auto& attribute : m_attributes)
    {
        if (attribute.type != type)
        {
            kept.push_back(attribute);
        }
    }
    m_attributes = kept;
}

const std::vector<RadiusPacket::Attribute>&
RadiusPacket::GetAttributes() const
{
    return m_attributes;
}

void
RadiusPacket::SetEapMessage(const std::vector<uint8_t>& eap)
{
    NS_ABORT_MSG_IF(eap.empty(), "empty EAP-Message");
    RemoveAttributes(EAP_MESSAGE);
    for (std::size_t offset = 0; offset < eap.size(); offset += MAX_VALUE_SIZE)
    {
        std::size_t size = std::min(MAX_VALUE_SIZE, eap.size() - offset);
        AddAttribute(EAP_MESSAGE,
                     std::vector<uint8_t>(eap.begin() + offset, eap.begin() + offset + size));
    }
    AddMessageAuthenticator();
}

std::vector<uint8_t>
RadiusPacket::GetEapMessage() const
{
    std::vector<uint8_t> eap;
    for (const auto& attribute : m_attributes)
    {
        if (attribute.type == EAP_MESSAGE)
        {
            eap.insert(eap.end(), attribute.value.begin(), attribute.value.end());
        }
    }
    return eap;
}

void
RadiusPacket::AddMessageAuthenticator()
{
    if (FindAttribute(MESSAGE_AUTHENTICATOR) == nullptr)
    {
        AddAttribute(MESSAGE_AUTHENTICATOR, std::vector<uint8_t>(16, 0));
    }
}

void
RadiusPacket::AddVendorAttribute(uint32_t vendorId,
                                 uint8_t vendorType,
                                 const std::vector<uint8_t>& value)
{
    NS_ABORT_MSG_IF(value.size() > MAX_VALUE_SIZE - 6, "vendor attribute over 247 octets");
    ByteWriter writer;
    writer.WriteU32(vendorId);
    writer.WriteU8(vendorType);
    writer.WriteU8(static_cast<uint8_t>(value.size() + 2));
    writer.WriteBytes(value);
    AddAttribute(VENDOR_SPECIFIC, writer.GetBytes());
}

bool
RadiusPacket::FindVendorAttribute(uint32_t vendorId,
                                  uint8_t vendorType,
                                  std::vector<uint8_t>& value) const
{
    for (const auto& attribute : m_attributes)
    {
        if (attribute.type != VENDOR_SPECIFIC)
        {
            continue;
        }
        ByteReader reader(attribute.value);
        if (reader.ReadU32() != vendorId || !reader.IsOk())
        {
            continue;
        }
        // Several sub-attributes may share one Vendor-Specific attribute (RFC 2865 §5.26).
        while (reader.GetRemaining() >= 2)
        {
            uint8_t type = reader.ReadU8();
            uint8_t size = reader.ReadU8();
            if (size < 2 || size - 2u > reader.GetRemaining())
            {
                break;
            }
            std::vector<uint8_t> sub = reader.ReadBytes(size - 2);
            if (type == vendorType)
            {
                value = sub;
                return true;
            }
        }
    }
    return false;
}

std::vector<uint8_t>
RadiusPacket::Image(const Authenticator& authenticator) const
{
    ByteWriter writer;
    writer.WriteU8(m_code);
    writer.WriteU8(m_identifier);
    writer.WriteU16(0); // patched below
    writer.WriteBytes(authenticator.data(), authenticator.size());
    for (const auto& attribute : m_attributes)
    {
        writer.WriteU8(attribute.type);
        writer.WriteU8(static_cast<uint8_t>(attribute.value.size() + 2));
        if (attribute.type == MESSAGE_AUTHENTICATOR)
        {
            writer.WriteFill(0, attribute.value.size());
        }
        else
        {
            writer.WriteBytes(attribute.value);
        }
    }
    NS_ABORT_MSG_IF(writer.GetSize() > MAX_SIZE,
                    "RADIUS packet of " << writer.GetSize() << " octets, over 4096");
    writer.PatchU16(2, static_cast<uint16_t>(writer.GetSize()));
    return writer.GetBytes();
}

std::size_t
RadiusPacket::MessageAuthenticatorOffset() const
{
    std::size_t offset = HEADER_SIZE;
    for (const auto& attribute : m_attributes)
    {
        if (attribute.type == MESSAGE_AUTHENTICATOR)
        {
            NS_ABORT_MSG_IF(attribute.value.size() != 16,
                            "Message-Authenticator value must have 16 octets");
            return offset + 2;
        }
        offset += attribute.value.size() + 2;
    }
    return 0;
}

void
RadiusPacket::FillMessageAuthenticator(std::vector<uint8_t>& image, const std::string& secret) const
{
    std::size_t offset = MessageAuthenticatorOffset();
    if (offset != 0)
    {
        std::vector<uint8_t> mac = HmacMd5(Octets(secret), image);
        std::copy(mac.begin(), mac.end(), image.begin() + offset);
    }
}

std::vector<uint8_t>
RadiusPacket::EncodeRequest(const std::string& secret) const
{
    std::vector<uint8_t> image = Image(m_authenticator);
    FillMessageAuthenticator(image, secret);
    return image;
}

std::vector<uint8_t>
RadiusPacket::EncodeResponse(const Authenticator& requestAuthenticator,
                             const std::string& secret) const
{
    std::vector<uint8_t> image = Image(requestAuthenticator);
    FillMessageAuthenticator(image, secret);
    std::vector<uint8_t> data = image;
    data.insert(data.end(), secret.begin(), secret.end());
    std::vector<uint8_t> digest = Md5(data);
    std::copy(digest.begin(), digest.end(), image.begin() + 4);
    return image;
}

bool
RadiusPacket::Decode(const std::vector<uint8_t>& bytes, RadiusPacket& packet, std::string& why)
{
    ByteReader reader(bytes);
    uint8_t code = reader.ReadU8();
    uint8_t identifier = reader.ReadU8();
    uint16_t length = reader.ReadU16();
    Authenticator authenticator{};
    reader.ReadBytes(authenticator.data(), authenticator.size());
    if (!reader.IsOk())
    {
        why = "RADIUS packet shorter than its 20-octet header";
        return false;
    }
    if (length < MIN_SIZE || length > MAX_SIZE)
    {
        why = "RADIUS Length " + std::to_string(length) + " outside 20..4096";
        return false;
    }
    if (length > bytes.size())
    {
        why = "RADIUS Length " + std::to_string(length) + " beyond the " +
              std::to_string(bytes.size()) + " octets received";
        return false;
    }
    switch (code)
    {
    case ACCESS_REQUEST:
    case ACCESS_ACCEPT:
    case ACCESS_REJECT:
    case ACCOUNTING_REQUEST:
    case ACCOUNTING_RESPONSE:
    case ACCESS_CHALLENGE:
    case STATUS_SERVER:
        break;
    default:
        why = "unknown RADIUS code " + std::to_string(code);
        return false;
    }
    ByteReader attributes = reader.ReadSub(length - HEADER_SIZE);
    std::vector<Attribute> list;
    bool haveMessageAuthenticator = false;
    while (attributes.GetRemaining() > 0)
    {
        uint8_t type = attributes.ReadU8();
        uint8_t size = attributes.ReadU8();
        if (!attributes.IsOk())
        {
            why = "RADIUS attribute header truncated";
            return false;
        }
        if (size < 2)
        {
            why = "RADIUS attribute " + std::to_string(type) + " with Length " +
                  std::to_string(size) + " below 2";
            return false;
        }
        if (size - 2u > attributes.GetRemaining())
        {
            why = "RADIUS attribute " + std::to_string(type) + " with Length " +
                  std::to_string(size) + " beyond the packet";
            return false;
        }
        Attribute attribute;
        attribute.type = type;
        attribute.value = attributes.ReadBytes(size - 2);
        std::string bad;
        switch (type)
        {
        case NAS_IP_ADDRESS:
        case NAS_PORT:
        case SERVICE_TYPE:
        case FRAMED_MTU:
        case SESSION_TIMEOUT:
        case NAS_PORT_TYPE:
            if (size != 6)
            {
                bad = "must have Length 6";
            }
            break;
        case MESSAGE_AUTHENTICATOR:
            if (size != 18)
            {
                bad = "must have Length 18";
            }
            else if (haveMessageAuthenticator)
            {
                bad = "appears twice";
            }
            haveMessageAuthenticator = true;
            break;
        case VENDOR_SPECIFIC:
            if (size < 7)
            {
                bad = "must have Length 7 or more";
            }
            break;
        case USER_NAME:
        case STATE:
        case CALLED_STATION_ID:
        case CALLING_STATION_ID:
        case NAS_IDENTIFIER:
        case EAP_MESSAGE:
            if (size < 3)
            {
                bad = "must have Length 3 or more";
            }
            break;
        default:
            break;
        }
        if (!bad.empty())
        {
            why = "RADIUS attribute " + std::to_string(type) + " " + bad;
            return false;
        }
        list.push_back(attribute);
    }
    packet.m_code = code;
    packet.m_identifier = identifier;
    packet.m_authenticator = authenticator;
    packet.m_attributes = list;
    return true;
}

bool
RadiusPacket::VerifyResponseAuthenticator(const std::vector<uint8_t>& bytes,
                                          const Authenticator& requestAuthenticator,
                                          const std::string& secret)
{
    RadiusPacket packet;
    std::string why;
    if (!Decode(bytes, packet, why))
    {
        return false;
    }
    std::vector<uint8_t> data = CutToLength(bytes);
    std::copy(requestAuthenticator.begin(), requestAuthenticator.end(), data.begin() + 4);
    data.insert(data.end(), secret.begin(), secret.end());
    std::vector<uint8_t> digest = Md5(data);
    return CRYPTO_memcmp(digest.data(), bytes.data() + 4, AUTHENTICATOR_SIZE) == 0;
}

bool
RadiusPacket::VerifyMessageAuthenticator(const std::vector<uint8_t>& bytes,
                                         const std::string& secret,
                                         const Authenticator* requestAuthenticator,
                                         bool required,
                                         std::string& why)
{
    RadiusPacket packet;
    if (!Decode(bytes, packet, why))
    {
        return false;
    }
    std::size_t offset = FindMessageAuthenticator(bytes);
    if (offset == 0)
    {
        why = "no Message-Authenticator";
        return !required;
    }
    std::vector<uint8_t> image = CutToLength(bytes);
    std::vector<uint8_t> received(image.begin() + offset, image.begin() + offset + 16);
    std::fill(image.begin() + offset, image.begin() + offset + 16, 0);
    if (requestAuthenticator != nullptr)
    {
        std::copy(requestAuthenticator->begin(), requestAuthenticator->end(), image.begin() + 4);
    }
    std::vector<uint8_t> mac = HmacMd5(Octets(secret), image);
    if (CRYPTO_memcmp(mac.data(), received.data(), 16) != 0)
    {
        why = "bad Message-Authenticator";
        return false;
    }
    return true;
}

std::vector<uint8_t>
RadiusPacket::EncryptMppeKey(const std::vector<uint8_t>& key,
                             const std::string& secret,
                             const Authenticator& requestAuthenticator,
                             uint16_t salt)
{
    NS_ABORT_MSG_IF(key.size() > 239, "MPPE key over 239 octets");
    salt |= 0x8000;
    std::vector<uint8_t> plain;
    plain.push_back(static_cast<uint8_t>(key.size()));
    plain.insert(plain.end(), key.begin(), key.end());
    plain.resize((plain.size() + 15) / 16 * 16, 0);
    std::vector<uint8_t> value = {static_cast<uint8_t>(salt >> 8), static_cast<uint8_t>(salt)};
    std::vector<uint8_t> seed = Octets(secret);
    seed.insert(seed.end(), requestAuthenticator.begin(), requestAuthenticator.end());
    seed.push_back(value[0]);
    seed.push_back(value[1]);
    for (std::size_t block = 0; block < plain.size(); block += 16)
    {
        std::vector<uint8_t> b = Md5(seed);
        std::vector<uint8_t> c(16);
        for (std::size_t i = 0; i < 16; ++i)
        {
            c[i] = plain[block + i] ^ b[i];
        }
        value.insert(value.end(), c.begin(), c.end());
        seed = Octets(secret);
        seed.insert(seed.end(), c.begin(), c.end());
    }
    return value;
}

bool
RadiusPacket::DecryptMppeKey(const std::vector<uint8_t>& value,
                             const std::string& secret,
                             const Authenticator& requestAuthenticator,
                             std::vector<uint8_t>& key,
                             std::string& why)
{
    if (value.size() < 2 + 16 || (value.size() - 2) % 16 != 0)
    {
        why = "MPPE key attribute of " + std::to_string(value.size()) +
              " octets (Salt and a multiple of 16 expected)";
        return false;
    }
    if ((value[0] & 0x80) == 0)
    {
        why = "MPPE key Salt without its most significant bit";
        return false;
    }
    std::vector<uint8_t> seed = Octets(secret);
    seed.insert(seed.end(), requestAuthenticator.begin(), requestAuthenticator.end());
    seed.push_back(value[0]);
    seed.push_back(value[1]);
    std::vector<uint8_t> plain;
    for (std::size_t block = 2; block < value.size(); block += 16)
    {
        std::vector<uint8_t> b = Md5(seed);
        for (std::size_t i = 0; i < 16; ++i)
        {
            plain.push_back(value[block + i] ^ b[i]);
        }
        seed = Octets(secret);
        seed.insert(seed.end(), value.begin() + block, value.begin() + block + 16);
    }
    std::size_t size = plain[0];
    if (size + 1 > plain.size())
    {
        why = "MPPE Key-Length " + std::to_string(size) + " beyond the string";
        return false;
    }
    for (std::size_t i = size + 1; i < plain.size(); ++i)
    {
        if (plain[i] != 0)
        {
            why = "MPPE key padding not zero (wrong secret?)";
            return false;
        }
    }
    key.assign(plain.begin() + 1, plain.begin() + 1 + size);
    return true;
}

std::string
RadiusPacket::StationId(Mac48Address mac)
{
    uint8_t b[6];
    mac.CopyTo(b);
    char text[18];
    std::snprintf(text,
                  sizeof(text),
                  "%02X-%02X-%02X-%02X-%02X-%02X",
                  b[0],
                  b[1],
                  b[2],
                  b[3],
                  b[4],
                  b[5]);
    return text;
}

std::string
RadiusPacket::CalledStationId(Mac48Address bssid, const std::string& ssid)
{
    return StationId(bssid) + ":" + ssid;
}

std::string
RadiusPacket::CodeName(uint8_t code)
{
    switch (code)
    {
    case ACCESS_REQUEST:
        return "Access-Request";
    case ACCESS_ACCEPT:
        return "Access-Accept";
    case ACCESS_REJECT:
        return "Access-Reject";
    case ACCOUNTING_REQUEST:
        return "Accounting-Request";
    case ACCOUNTING_RESPONSE:
        return "Accounting-Response";
    case ACCESS_CHALLENGE:
        return "Access-Challenge";
    case STATUS_SERVER:
        return "Status-Server";
    default:
        return "Code " + std::to_string(code);
    }
}

bool
RadiusPacket::IsAccessResponse(uint8_t code)
{
    return code == ACCESS_ACCEPT || code == ACCESS_REJECT || code == ACCESS_CHALLENGE;
}

std::vector<uint8_t>
RadiusPacket::Md5(const std::vector<uint8_t>& data)
{
    std::vector<uint8_t> digest(EVP_MAX_MD_SIZE);
    unsigned int size = 0;
    int ok = EVP_Digest(data.data(), data.size(), digest.data(), &size, EVP_md5(), nullptr);
    NS_ABORT_MSG_IF(ok != 1 || size != 16, "EVP_Digest(MD5) failed");
    digest.resize(size);
    return digest;
}

std::vector<uint8_t>
RadiusPacket::HmacMd5(const std::vector<uint8_t>& key, const std::vector<uint8_t>& data)
{
    std::vector<uint8_t> mac(EVP_MAX_MD_SIZE);
    unsigned int size = 0;
    const uint8_t* result = HMAC(EVP_md5(),
                                 key.data(),
                                 static_cast<int>(key.size()),
                                 data.data(),
                                 data.size(),
                                 mac.data(),
                                 &size);
    NS_ABORT_MSG_IF(result == nullptr || size != 16, "HMAC-MD5 failed");
    mac.resize(size);
    return mac;
}

} // namespace ns3
