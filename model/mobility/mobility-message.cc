/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "mobility-message.h"

#include "ns3/abort.h"
#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"
#include "ns3/log.h"
#include "ns3/packet.h"

#include <cstdio>
#include <limits>
#include <sstream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MobilityMessage");

namespace
{

// ------------------------------------------------------------------------------------ helpers

/// Write \p text and pad it with zeros to \p fieldSize (the length byte is written apart).
void
WritePadded(ByteWriter& w, const std::string& text, std::size_t fieldSize)
{
    w.WriteString(text);
    w.WriteFill(0, fieldSize - text.size());
}

/**
 * Read a length byte's string from a fixed, zero-padded field.
 * \param r where to read (the field) \param length the length byte \param fieldSize the field
 * \param name field name \param out the string \param why reason on failure
 * \return false if \p length exceeds the field
 */
bool
ReadPadded(ByteReader& r,
           uint8_t length,
           std::size_t fieldSize,
           const char* name,
           std::string& out,
           std::string& why)
{
    std::string field = r.ReadString(fieldSize);
    if (length > fieldSize)
    {
        why = std::string(name) + " length " + std::to_string(length) + " exceeds " +
              std::to_string(fieldSize);
        return false;
    }
    out = field.substr(0, std::min<std::size_t>(length, field.size()));
    return true;
}

/// \return false with a reason if \p value > \p max
bool
CheckMax(std::size_t value, std::size_t max, const char* name, std::string& why)
{
    if (value > max)
    {
        why = std::string(name) + " " + std::to_string(value) + " exceeds " + std::to_string(max);
        return false;
    }
    return true;
}

/// \return false with a reason if \p value is not in min..max
bool
CheckRange(unsigned value, unsigned min, unsigned max, const char* name, std::string& why)
{
    if (value < min || value > max)
    {
        why = std::string(name) + " " + std::to_string(value) + " is not in " +
              std::to_string(min) + ".." + std::to_string(max);
        return false;
    }
    return true;
}

/// \return false with a reason if \p state is not a known PEM state
bool
CheckPem(uint8_t state, std::string& why)
{
    if (!mobility::IsPemState(state))
    {
        why = "unknown PEM state " + std::to_string(state);
        return false;
    }
    return true;
}

/// \return false with a reason if \p mask is not contiguous
bool
CheckMask(uint32_t mask, const char* name, std::string& why)
{
    if (!mobility::IsContiguousMask(mask))
    {
        std::ostringstream text;
        text << name << " " << Ipv4Address(mask) << " is not contiguous";
        why = text.str();
        return false;
    }
    return true;
}

/// \return false with a reason if \p ssid is not 1..32 bytes
bool
CheckSsid(const std::string& ssid, std::string& why)
{
    if (ssid.empty() || ssid.size() > MobileAnnounceBody::MAX_SSID_LENGTH)
    {
        why = "SSID length " + std::to_string(ssid.size()) + " is not in 1..32";
        return false;
    }
    return true;
}

/// \return false with a reason if \p t is negative
bool
CheckNotNegative(Time t, std::string& why)
{
    if (t.IsStrictlyNegative())
    {
        why = "connected since is negative";
        return false;
    }
    return true;
}

// --------------------------------------------------------------------------- field checks

/// \param b a body \param why reason on failure \return true if every field can be encoded
bool
Check(const MobileAnnounceBody& b, std::string& why)
{
    return CheckSsid(b.ssid, why) && CheckPem(b.pemState, why);
}

/// \param b a body \param why reason on failure \return true if every field can be encoded
bool
Check(const MobileHandoffBody& b, std::string& why)
{
    using H = MobileHandoffBody;
    return CheckRange(b.code, H::CODE_HANDOFF, H::CODE_HANDOFF_INDICATION, "handoff code", why) &&
           CheckRange(b.senderRole, H::ROLE_LOCAL, H::ROLE_FOREIGN, "sender role", why) &&
           CheckSsid(b.ssid, why) &&
           CheckMax(b.profileName.size(), H::MAX_NAME_LENGTH, "profile name length", why) &&
           CheckMax(b.interfaceName.size(), H::MAX_NAME_LENGTH, "interface name length", why) &&
           CheckMask(b.clientMask.Get(), "client netmask", why) && CheckPem(b.pemState, why) &&
           CheckRange(b.nacState, H::NAC_ACCESS, H::NAC_QUARANTINE, "NAC OOB state", why) &&
           CheckRange(b.policyType, H::POLICY_NONE, H::POLICY_WPA2, "policy type", why) &&
           CheckRange(b.keyManagement, H::AKM_NONE, H::AKM_CCKM, "key management", why) &&
           CheckRange(b.cipher, H::CIPHER_NONE, H::CIPHER_CCMP, "cipher", why) &&
           CheckRange(b.qosLevel, H::QOS_PLATINUM, H::QOS_BRONZE, "QoS level", why) &&
           CheckMax(b.supportedRates.size(), H::MAX_RATES, "supported rates count", why) &&
           CheckMax(b.username.size(), H::MAX_USERNAME_LENGTH, "username length", why) &&
           CheckMax(b.aclName.size(), H::MAX_NAME_LENGTH, "ACL name length", why) &&
           CheckMax(b.ipv6Addresses.size(), H::MAX_IPV6_ADDRESSES, "IPv6 address count", why) &&
           CheckNotNegative(b.connectedSince, why);
}

/// \param b a body \param why reason on failure \return true if every field can be encoded
bool
Check(const MobileHandoffAckBody& b, std::string& why)
{
    return CheckRange(b.status,
                      MobileHandoffAckBody::STATUS_ACCEPTED,
                      MobileHandoffAckBody::STATUS_REFUSED,
                      "ack status",
                      why);
}

/// Bodies whose every field value can be encoded. \return true
bool
Check(const MobileAnchorUpdateBody&, std::string&)
{
    return true;
}

/// \return true
bool
Check(const MobileKeepAliveBody&, std::string&)
{
    return true;
}

/// \return true
bool
Check(const MobileClientDeleteBody&, std::string&)
{
    return true;
}

// ---------------------------------------------------------------------------------- writers

/// Append the body at offset 56.
void
Write(ByteWriter& w, const MobileAnnounceBody& b)
{
    w.WriteIpv4(b.senderIp);                                     // 56
    w.WriteMac(b.senderMac);                                     // 60
    w.WriteU16(b.wlanId);                                        // 66
    w.WriteU8(static_cast<uint8_t>(b.ssid.size()));              // 68
    WritePadded(w, b.ssid, MobileAnnounceBody::MAX_SSID_LENGTH); // 69
    w.WriteMac(b.bssid);                                         // 101
    w.WriteU8(b.pemState);                                       // 107
    w.WriteU16(b.vlanId);                                        // 108
    w.WriteFill(0, 6);                                           // 110 reserved
}

/// Append the body at offset 56.
void
Write(ByteWriter& w, const MobileHandoffBody& b)
{
    using H = MobileHandoffBody;
    w.WriteIpv4(b.senderIp);                                              // 56
    w.WriteMac(b.senderMac);                                              // 60
    w.WriteU16(0);                                                        // 66 reserved
    w.WriteIpv4(b.anchorIp);                                              // 68
    w.WriteMac(b.anchorMac);                                              // 72
    w.WriteU16(0);                                                        // 78 reserved
    w.WriteU8(b.code);                                                    // 80
    w.WriteU8(b.senderRole);                                              // 81
    w.WriteU8(b.reason);                                                  // 82
    w.WriteU8(0);                                                         // 83 reserved
    w.WriteU16(b.wlanId);                                                 // 84
    w.WriteU8(static_cast<uint8_t>(b.ssid.size()));                       // 86
    WritePadded(w, b.ssid, H::MAX_NAME_LENGTH);                           // 87
    w.WriteU8(static_cast<uint8_t>(b.profileName.size()));                // 119
    WritePadded(w, b.profileName, H::MAX_NAME_LENGTH);                    // 120
    w.WriteU8(static_cast<uint8_t>(b.interfaceName.size()));              // 152
    WritePadded(w, b.interfaceName, H::MAX_NAME_LENGTH);                  // 153
    w.WriteU16(b.vlanId);                                                 // 185
    w.WriteU16(b.accessVlan);                                             // 187
    w.WriteU16(b.quarantineVlan);                                         // 189
    w.WriteIpv4(b.clientIp);                                              // 191
    w.WriteU32(b.clientMask.Get());                                       // 195
    w.WriteIpv4(b.defaultGatewayIp);                                      // 199
    w.WriteMac(b.defaultGatewayMac);                                      // 203
    w.WriteIpv4(b.dhcpServer);                                            // 209
    w.WriteU16(0);                                                        // 213 reserved
    w.WriteU8(b.pemState);                                                // 215
    w.WriteU8(b.nacState);                                                // 216
    w.WriteU8(b.securityPolicyCompleted ? 1 : 0);                         // 217
    w.WriteU8(b.policyType);                                              // 218
    w.WriteU8(b.keyManagement);                                           // 219
    w.WriteU8(b.cipher);                                                  // 220
    w.WriteU8(b.eapType);                                                 // 221
    w.WriteU8(0);                                                         // 222 reserved
    w.WriteBytes(b.pmkid.data(), b.pmkid.size());                         // 223
    w.WriteBytes(b.pmk.data(), b.pmk.size());                             // 239
    w.WriteU32(b.moveCount);                                              // 271
    w.WriteU64(static_cast<uint64_t>(b.connectedSince.GetNanoSeconds())); // 275
    w.WriteU16(b.associationId);                                          // 283
    w.WriteU16(b.capabilityInfo);                                         // 285
    w.WriteU8(static_cast<uint8_t>(b.supportedRates.size()));             // 287
    w.WriteBytes(b.supportedRates);                                       // 288
    w.WriteFill(0, H::MAX_RATES - b.supportedRates.size());
    w.WriteU8(static_cast<uint8_t>(b.username.size()));      // 304
    WritePadded(w, b.username, H::MAX_USERNAME_LENGTH);      // 305
    w.WriteU32(b.sessionTimeout);                            // 369
    w.WriteU8(b.qosLevel);                                   // 373
    w.WriteU8(b.wmm ? 1 : 0);                                // 374
    w.WriteU8(b.dot1pTag);                                   // 375
    w.WriteU8(0);                                            // 376 reserved
    w.WriteU8(static_cast<uint8_t>(b.aclName.size()));       // 377
    WritePadded(w, b.aclName, H::MAX_NAME_LENGTH);           // 378
    w.WriteU8(static_cast<uint8_t>(b.ipv6Addresses.size())); // 410
    w.WriteFill(0, 7);                                       // 411 reserved
    for (const auto& address : b.ipv6Addresses)              // 418
    {
        uint8_t buffer[16];
        address.GetBytes(buffer);
        w.WriteBytes(buffer, sizeof(buffer));
    }
    w.WriteFill(0, 16 * (H::MAX_IPV6_ADDRESSES - b.ipv6Addresses.size()));
}

/// Append the body at offset 56.
void
Write(ByteWriter& w, const MobileHandoffAckBody& b)
{
    w.WriteIpv4(b.senderIp); // 56
    w.WriteU8(b.status);     // 60
    w.WriteU8(b.reason);     // 61
    w.WriteU16(0);           // 62 reserved
}

/// Append the body at offset 56.
void
Write(ByteWriter& w, const MobileAnchorUpdateBody& b)
{
    w.WriteIpv4(b.senderIp); // 56
    w.WriteMac(b.senderMac); // 60
    w.WriteU16(0);           // 66 reserved
    w.WriteU32(b.moveCount); // 68
}

/// Append the body at offset 56.
void
Write(ByteWriter& w, const MobileKeepAliveBody& b)
{
    w.WriteIpv4(b.senderIp);   // 56
    w.WriteMac(b.senderMac);   // 60
    w.WriteU16(b.memberCount); // 66
}

/// Append the body at offset 56.
void
Write(ByteWriter& w, const MobileClientDeleteBody& b)
{
    w.WriteIpv4(b.senderIp); // 56
    w.WriteU8(b.reason);     // 60
    w.WriteFill(0, 3);       // 61 reserved
}

// ---------------------------------------------------------------------------------- readers
// Each reader gets exactly the body's bytes (the size was checked against the type).

/// \param r the body \param b the result \param why reason on failure \return true if valid
bool
Read(ByteReader& r, MobileAnnounceBody& b, std::string& why)
{
    b.senderIp = r.ReadIpv4();
    b.senderMac = r.ReadMac();
    b.wlanId = r.ReadU16();
    uint8_t ssidLength = r.ReadU8();
    if (!ReadPadded(r, ssidLength, MobileAnnounceBody::MAX_SSID_LENGTH, "SSID", b.ssid, why))
    {
        return false;
    }
    b.bssid = r.ReadMac();
    b.pemState = r.ReadU8();
    b.vlanId = r.ReadU16();
    r.Skip(6);
    return r.IsOk() && Check(b, why);
}

/// \param r the body \param b the result \param why reason on failure \return true if valid
bool
Read(ByteReader& r, MobileHandoffBody& b, std::string& why)
{
    using H = MobileHandoffBody;
    b.senderIp = r.ReadIpv4();
    b.senderMac = r.ReadMac();
    r.Skip(2);
    b.anchorIp = r.ReadIpv4();
    b.anchorMac = r.ReadMac();
    r.Skip(2);
    b.code = r.ReadU8();
    b.senderRole = r.ReadU8();
    b.reason = r.ReadU8();
    r.Skip(1);
    b.wlanId = r.ReadU16();
    if (!ReadPadded(r, r.ReadU8(), H::MAX_NAME_LENGTH, "SSID", b.ssid, why) ||
        !ReadPadded(r, r.ReadU8(), H::MAX_NAME_LENGTH, "profile name", b.profileName, why) ||
        !ReadPadded(r, r.ReadU8(), H::MAX_NAME_LENGTH, "interface name", b.interfaceName, why))
    {
        return false;
    }
    b.vlanId = r.ReadU16();
    b.accessVlan = r.ReadU16();
    b.quarantineVlan = r.ReadU16();
    b.clientIp = r.ReadIpv4();
    uint32_t mask = r.ReadU32();
    if (!CheckMask(mask, "client netmask", why))
    {
        return false;
    }
    b.clientMask = Ipv4Mask(mask);
    b.defaultGatewayIp = r.ReadIpv4();
    b.defaultGatewayMac = r.ReadMac();
    b.dhcpServer = r.ReadIpv4();
    r.Skip(2);
    b.pemState = r.ReadU8();
    b.nacState = r.ReadU8();
    uint8_t completed = r.ReadU8();
    if (!CheckRange(completed, 0, 1, "security policy completed", why))
    {
        return false;
    }
    b.securityPolicyCompleted = completed == 1;
    b.policyType = r.ReadU8();
    b.keyManagement = r.ReadU8();
    b.cipher = r.ReadU8();
    b.eapType = r.ReadU8();
    r.Skip(1);
    r.ReadBytes(b.pmkid.data(), b.pmkid.size());
    r.ReadBytes(b.pmk.data(), b.pmk.size());
    b.moveCount = r.ReadU32();
    uint64_t since = r.ReadU64();
    if (since > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
    {
        why = "connected since " + std::to_string(since) + " ns is out of range";
        return false;
    }
    b.connectedSince = NanoSeconds(static_cast<int64_t>(since));
    b.associationId = r.ReadU16();
    b.capabilityInfo = r.ReadU16();
    uint8_t rateCount = r.ReadU8();
    std::vector<uint8_t> rates = r.ReadBytes(H::MAX_RATES);
    if (!CheckMax(rateCount, H::MAX_RATES, "supported rates count", why))
    {
        return false;
    }
    b.supportedRates.assign(rates.begin(),
                            rates.begin() + std::min<std::size_t>(rates.size(), rateCount));
    if (!ReadPadded(r, r.ReadU8(), H::MAX_USERNAME_LENGTH, "username", b.username, why))
    {
        return false;
    }
    b.sessionTimeout = r.ReadU32();
    b.qosLevel = r.ReadU8();
    uint8_t wmm = r.ReadU8();
    if (!CheckRange(wmm, 0, 1, "WMM", why))
    {
        return false;
    }
    b.wmm = wmm == 1;
    b.dot1pTag = r.ReadU8();
    r.Skip(1);
    if (!ReadPadded(r, r.ReadU8(), H::MAX_NAME_LENGTH, "ACL name", b.aclName, why))
    {
        return false;
    }
    uint8_t ipv6Count = r.ReadU8();
    if (!CheckMax(ipv6Count, H::MAX_IPV6_ADDRESSES, "IPv6 address count", why))
    {
        return false;
    }
    r.Skip(7);
    b.ipv6Addresses.clear();
    for (std::size_t i = 0; i < H::MAX_IPV6_ADDRESSES; ++i)
    {
        uint8_t buffer[16] = {};
        r.ReadBytes(buffer, sizeof(buffer));
        if (i < ipv6Count)
        {
            b.ipv6Addresses.emplace_back(buffer);
        }
    }
    return r.IsOk() && Check(b, why);
}

/// \param r the body \param b the result \param why reason on failure \return true if valid
bool
Read(ByteReader& r, MobileHandoffAckBody& b, std::string& why)
{
    b.senderIp = r.ReadIpv4();
    b.status = r.ReadU8();
    b.reason = r.ReadU8();
    r.Skip(2);
    return r.IsOk() && Check(b, why);
}

/// \param r the body \param b the result \param why reason on failure \return true if valid
bool
Read(ByteReader& r, MobileAnchorUpdateBody& b, std::string& why)
{
    b.senderIp = r.ReadIpv4();
    b.senderMac = r.ReadMac();
    r.Skip(2);
    b.moveCount = r.ReadU32();
    return r.IsOk() && Check(b, why);
}

/// \param r the body \param b the result \param why reason on failure \return true if valid
bool
Read(ByteReader& r, MobileKeepAliveBody& b, std::string& why)
{
    b.senderIp = r.ReadIpv4();
    b.senderMac = r.ReadMac();
    b.memberCount = r.ReadU16();
    return r.IsOk() && Check(b, why);
}

/// \param r the body \param b the result \param why reason on failure \return true if valid
bool
Read(ByteReader& r, MobileClientDeleteBody& b, std::string& why)
{
    b.senderIp = r.ReadIpv4();
    b.reason = r.ReadU8();
    r.Skip(3);
    return r.IsOk() && Check(b, why);
}

/**
 * Decode the body of a known type into \p body.
 * \param r the body bytes \param body the result \param why reason on failure
 * \return true if valid
 */
template <class T>
bool
ReadInto(ByteReader& r, MobilityMessage::Body& body, std::string& why)
{
    T b;
    if (!Read(r, b, why))
    {
        return false;
    }
    body = std::move(b);
    return true;
}

/// \param type a type \param body a body \return true if the body kind serves that type
bool
BodyFits(MobilityMessageType type, const MobilityMessage::Body& body)
{
    switch (type)
    {
    case MobilityMessageType::MOBILE_ANNOUNCE:
        return std::holds_alternative<MobileAnnounceBody>(body);
    case MobilityMessageType::MOBILE_HANDOFF:
        return std::holds_alternative<MobileHandoffBody>(body);
    case MobilityMessageType::MOBILE_HANDOFF_ACK:
    case MobilityMessageType::MOBILE_ANCHOR_UPDATE_ACK:
        return std::holds_alternative<MobileHandoffAckBody>(body);
    case MobilityMessageType::MOBILE_ANCHOR_UPDATE:
        return std::holds_alternative<MobileAnchorUpdateBody>(body);
    case MobilityMessageType::MOBILE_KEEP_ALIVE:
    case MobilityMessageType::MOBILE_KEEP_ALIVE_ACK:
        return std::holds_alternative<MobileKeepAliveBody>(body);
    case MobilityMessageType::MOBILE_CLIENT_DELETE:
        return std::holds_alternative<MobileClientDeleteBody>(body);
    }
    return false;
}

} // namespace

// --------------------------------------------------------------------------- MobilityMessage

MobilityMessage
MobilityMessage::Make(MobilityMessageType type, const MobilityHeader& header, Body body)
{
    MobilityMessage m;
    m.m_header = header;
    m.m_header.type = type;
    m.m_body = std::move(body);
    return m;
}

MobilityMessage
MobilityMessage::Create(const MobilityHeader& header, Body body)
{
    NS_ABORT_MSG_IF(!std::holds_alternative<std::monostate>(body) && !BodyFits(header.type, body),
                    "mobility message: the body does not fit type "
                        << MobilityMessageTypeName(static_cast<uint8_t>(header.type)));
    return Make(header.type, header, std::move(body));
}

void
MobilityMessage::SetBody(Body body)
{
    NS_ABORT_MSG_IF(!BodyFits(m_header.type, body),
                    "mobility message: the body does not fit type "
                        << MobilityMessageTypeName(static_cast<uint8_t>(m_header.type)));
    m_body = std::move(body);
}

MobilityMessage
MobilityMessage::CreateAnnounce(const MobilityHeader& header, const MobileAnnounceBody& body)
{
    return Make(MobilityMessageType::MOBILE_ANNOUNCE, header, body);
}

MobilityMessage
MobilityMessage::CreateHandoff(const MobilityHeader& header, const MobileHandoffBody& body)
{
    return Make(MobilityMessageType::MOBILE_HANDOFF, header, body);
}

MobilityMessage
MobilityMessage::CreateHandoffAck(const MobilityHeader& header, const MobileHandoffAckBody& body)
{
    return Make(MobilityMessageType::MOBILE_HANDOFF_ACK, header, body);
}

MobilityMessage
MobilityMessage::CreateAnchorUpdate(const MobilityHeader& header,
                                    const MobileAnchorUpdateBody& body)
{
    return Make(MobilityMessageType::MOBILE_ANCHOR_UPDATE, header, body);
}

MobilityMessage
MobilityMessage::CreateAnchorUpdateAck(const MobilityHeader& header,
                                       const MobileHandoffAckBody& body)
{
    return Make(MobilityMessageType::MOBILE_ANCHOR_UPDATE_ACK, header, body);
}

MobilityMessage
MobilityMessage::CreateKeepAlive(const MobilityHeader& header, const MobileKeepAliveBody& body)
{
    return Make(MobilityMessageType::MOBILE_KEEP_ALIVE, header, body);
}

MobilityMessage
MobilityMessage::CreateKeepAliveAck(const MobilityHeader& header, const MobileKeepAliveBody& body)
{
    return Make(MobilityMessageType::MOBILE_KEEP_ALIVE_ACK, header, body);
}

MobilityMessage
MobilityMessage::CreateClientDelete(const MobilityHeader& header,
                                    const MobileClientDeleteBody& body)
{
    return Make(MobilityMessageType::MOBILE_CLIENT_DELETE, header, body);
}

MobilityMessageType
MobilityMessage::GetType() const
{
    return m_header.type;
}

MobilityHeader&
MobilityMessage::GetHeader()
{
    return m_header;
}

const MobilityHeader&
MobilityMessage::GetHeader() const
{
    return m_header;
}

const MobilityMessage::Body&
MobilityMessage::GetBodyVariant() const
{
    return m_body;
}

Ipv4Address
MobilityMessage::GetSenderIp() const
{
    return std::visit(
        [](const auto& b) -> Ipv4Address {
            if constexpr (std::is_same_v<std::decay_t<decltype(b)>, std::monostate>)
            {
                return Ipv4Address::GetZero();
            }
            else
            {
                return b.senderIp;
            }
        },
        m_body);
}

std::size_t
MobilityMessage::GetSerializedSize() const
{
    if (std::holds_alternative<std::monostate>(m_body))
    {
        return 0;
    }
    return MobilityMessageSize(static_cast<uint8_t>(m_header.type));
}

std::vector<uint8_t>
MobilityMessage::Encode() const
{
    NS_ABORT_MSG_IF(std::holds_alternative<std::monostate>(m_body),
                    "mobility message without a body");
    NS_ABORT_MSG_IF(!BodyFits(m_header.type, m_body),
                    "mobility message: the body does not fit type "
                        << MobilityMessageTypeName(static_cast<uint8_t>(m_header.type)));
    std::size_t size = GetSerializedSize();
    ByteWriter w;
    m_header.Write(w, static_cast<uint16_t>(size));
    std::visit(
        [&w, this](const auto& b) {
            if constexpr (!std::is_same_v<std::decay_t<decltype(b)>, std::monostate>)
            {
                std::string why;
                NS_ABORT_MSG_IF(!Check(b, why),
                                MobilityMessageTypeName(static_cast<uint8_t>(m_header.type))
                                    << " cannot be encoded: " << why);
                Write(w, b);
            }
        },
        m_body);
    NS_ABORT_MSG_IF(w.GetSize() != size,
                    "mobility encoder wrote " << w.GetSize() << " bytes, not " << size);
    return w.GetBytes();
}

Ptr<Packet>
MobilityMessage::ToPacket() const
{
    std::vector<uint8_t> bytes = Encode();
    return ns3::Create<Packet>(bytes.data(), static_cast<uint32_t>(bytes.size()));
}

bool
MobilityMessage::Decode(const std::vector<uint8_t>& bytes, MobilityMessage& out, std::string& why)
{
    ByteReader r(bytes);
    MobilityHeader header;
    uint16_t length = 0;
    if (!MobilityHeader::Read(r, header, length, why))
    {
        return false;
    }
    const uint8_t typeByte = static_cast<uint8_t>(header.type);
    const std::string name = MobilityMessageTypeName(typeByte);
    if (length != bytes.size())
    {
        why = name + " length field " + std::to_string(length) + " disagrees with the " +
              std::to_string(bytes.size()) + "-byte datagram";
        return false;
    }
    const std::size_t size = MobilityMessageSize(typeByte);
    if (bytes.size() != size)
    {
        why = name + " must be " + std::to_string(size) + " bytes, not " +
              std::to_string(bytes.size());
        return false;
    }
    ByteReader body = r.ReadSub(size - mobility::HEADER_SIZE);
    Body decoded;
    bool ok = false;
    switch (header.type)
    {
    case MobilityMessageType::MOBILE_ANNOUNCE:
        ok = ReadInto<MobileAnnounceBody>(body, decoded, why);
        break;
    case MobilityMessageType::MOBILE_HANDOFF:
        ok = ReadInto<MobileHandoffBody>(body, decoded, why);
        break;
    case MobilityMessageType::MOBILE_HANDOFF_ACK:
    case MobilityMessageType::MOBILE_ANCHOR_UPDATE_ACK:
        ok = ReadInto<MobileHandoffAckBody>(body, decoded, why);
        break;
    case MobilityMessageType::MOBILE_ANCHOR_UPDATE:
        ok = ReadInto<MobileAnchorUpdateBody>(body, decoded, why);
        break;
    case MobilityMessageType::MOBILE_KEEP_ALIVE:
    case MobilityMessageType::MOBILE_KEEP_ALIVE_ACK:
        ok = ReadInto<MobileKeepAliveBody>(body, decoded, why);
        break;
    case MobilityMessageType::MOBILE_CLIENT_DELETE:
        ok = ReadInto<MobileClientDeleteBody>(body, decoded, why);
        break;
    }
    if (!ok)
    {
        why = name + ": " + (why.empty() ? std::string("truncated body") : why);
        return false;
    }
    if (!body.IsDone() || !r.IsDone())
    {
        why = name + ": body not fully read"; // cannot happen with the fixed layouts
        return false;
    }
    out.m_header = header;
    out.m_body = std::move(decoded);
    return true;
}

bool
MobilityMessage::FromPacket(Ptr<const Packet> packet, MobilityMessage& out, std::string& why)
{
    return Decode(ByteReader::PacketBytes(packet), out, why);
}

std::vector<std::string>
MobilityMessage::FormatDebug(bool withSwitchIp) const
{
    const MobilityHeader& h = m_header;
    const uint8_t typeByte = static_cast<uint8_t>(h.type);
    std::vector<std::string> lines;
    std::ostringstream line;
    line << "type: " << unsigned(typeByte) << "(" << MobilityMessageTypeName(typeByte)
         << ")  subtype: " << unsigned(h.subtype) << "  version: " << unsigned(h.version)
         << "  xid: " << h.xid << "  seq: " << h.sequence << "  len " << GetSerializedSize()
         << " flags " << unsigned(h.flags);
    lines.push_back(line.str());
    std::string id = FormatMobilityGroupId(h.groupId);
    lines.push_back("group id: " + id.substr(0, 8) + " " + id.substr(8, 8) + " " +
                    id.substr(16, 8) + " " + id.substr(24, 8));
    line.str("");
    line << "mobile MAC: " << h.mobileMac << ", IP: " << h.mobileIp << ", instance: " << h.instance;
    lines.push_back(line.str());
    line.str("");
    line << "VLAN IP: " << h.vlanIp << ", netmask: " << h.vlanMask;
    lines.push_back(line.str());
    if (withSwitchIp)
    {
        line.str("");
        line << "Switch IP: " << GetSenderIp();
        lines.push_back(line.str());
    }
    return lines;
}

} // namespace ns3
