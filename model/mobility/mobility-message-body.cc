/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "mobility-message-body.h"

#include "ns3/log.h"
#include "ns3/rsn-element.h"

#include <algorithm>
#include <limits>
#include <sstream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MobilityMessageBody");

namespace
{

/// \return false with a reason if \p value > \p max
bool
CheckMax(std::size_t value, std::size_t max, const std::string& name, std::string& why)
{
    if (value > max)
    {
        why = name + " " + std::to_string(value) + " exceeds " + std::to_string(max);
        return false;
    }
    return true;
}

/**
 * Write a string field: its length byte, then the string padded with zeros to \p fieldSize.
 * \param w where to write \param text the string (CheckBody checked its length)
 * \param fieldSize the size of the padded field
 */
void
WriteStringField(ByteWriter& w, const std::string& text, std::size_t fieldSize)
{
    w.WriteU8(static_cast<uint8_t>(text.size()));
    w.WriteString(text);
    w.WriteFill(0, fieldSize - text.size());
}

/**
 * Read a string field: its length byte, then the fixed, zero-padded field.
 * \param r where to read (the length byte) \param fieldSize the size of the padded field
 * \param name field name \param out the string \param why reason on failure
 * \return false if the length exceeds the field
 */
bool
ReadStringField(ByteReader& r,
                std::size_t fieldSize,
                const char* name,
                std::string& out,
                std::string& why)
{
    const uint8_t length = r.ReadU8();
    std::string field = r.ReadString(fieldSize);
    if (!CheckMax(length, fieldSize, std::string(name) + " length", why))
    {
        return false;
    }
    out = field.substr(0, std::min<std::size_t>(length, field.size()));
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

} // namespace

namespace mobility
{

// --------------------------------------------------------------------------- field checks

bool
CheckBody(const MobileAnnounceBody& b, std::string& why)
{
    return CheckSsid(b.ssid, why) && CheckPem(b.pemState, why);
}

bool
CheckBody(const MobileHandoffBody& b, std::string& why)
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

bool
CheckBody(const MobileHandoffAckBody& b, std::string& why)
{
    return CheckRange(b.status,
                      MobileHandoffAckBody::STATUS_ACCEPTED,
                      MobileHandoffAckBody::STATUS_REFUSED,
                      "ack status",
                      why);
}

bool
CheckBody(const MobileAnchorUpdateBody&, std::string&)
{
    return true;
}

bool
CheckBody(const MobileKeepAliveBody&, std::string&)
{
    return true;
}

bool
CheckBody(const MobileClientDeleteBody&, std::string&)
{
    return true;
}

bool
CheckBody(const MobilePmkUpdateBody& b, std::string& why)
{
    return CheckMax(b.username.size(),
                    MobilePmkUpdateBody::MAX_USERNAME_LENGTH,
                    "username length",
                    why);
}

bool
CheckBody(const MobileFtKeyUpdateBody& b, std::string& why)
{
    if (b.r0khId.empty())
    {
        why = "empty R0KH-ID";
        return false;
    }
    if (b.akm != RsnElement::AKM_FT_8021X && b.akm != RsnElement::AKM_FT_PSK)
    {
        std::ostringstream text;
        text << "AKM suite 0x" << std::hex << b.akm << " is not FT-802.1X or FT-PSK";
        why = text.str();
        return false;
    }
    if (b.lifetime == 0)
    {
        why = "PMK-R0 lifetime 0";
        return false;
    }
    return CheckMax(b.r0khId.size(),
                    MobileFtKeyUpdateBody::MAX_R0KH_ID_LENGTH,
                    "R0KH-ID length",
                    why);
}

// ---------------------------------------------------------------------------------- writers

void
WriteBody(ByteWriter& w, const MobileAnnounceBody& b)
{
    w.WriteIpv4(b.senderIp);                                          // 56
    w.WriteMac(b.senderMac);                                          // 60
    w.WriteU16(b.wlanId);                                             // 66
    WriteStringField(w, b.ssid, MobileAnnounceBody::MAX_SSID_LENGTH); // 68 length, 69 SSID
    w.WriteMac(b.bssid);                                              // 101
    w.WriteU8(b.pemState);                                            // 107
    w.WriteU16(b.vlanId);                                             // 108
    w.WriteFill(0, 6);                                                // 110 reserved
}

void
WriteBody(ByteWriter& w, const MobileHandoffBody& b)
{
    using H = MobileHandoffBody;
    w.WriteIpv4(b.senderIp);                                  // 56
    w.WriteMac(b.senderMac);                                  // 60
    w.WriteU16(0);                                            // 66 reserved
    w.WriteIpv4(b.anchorIp);                                  // 68
    w.WriteMac(b.anchorMac);                                  // 72
    w.WriteU16(0);                                            // 78 reserved
    w.WriteU8(b.code);                                        // 80
    w.WriteU8(b.senderRole);                                  // 81
    w.WriteU8(b.reason);                                      // 82
    w.WriteU8(0);                                             // 83 reserved
    w.WriteU16(b.wlanId);                                     // 84
    WriteStringField(w, b.ssid, H::MAX_NAME_LENGTH);          // 86 length, 87 SSID
    WriteStringField(w, b.profileName, H::MAX_NAME_LENGTH);   // 119 length, 120 profile name
    WriteStringField(w, b.interfaceName, H::MAX_NAME_LENGTH); // 152 length, 153 interface name
    w.WriteU16(b.vlanId);                                     // 185
    w.WriteU16(b.accessVlan);                                 // 187
    w.WriteU16(b.quarantineVlan);                             // 189
    w.WriteIpv4(b.clientIp);                                  // 191
    w.WriteU32(b.clientMask.Get());                           // 195
    w.WriteIpv4(b.defaultGatewayIp);                          // 199
    w.WriteMac(b.defaultGatewayMac);                          // 203
    w.WriteIpv4(b.dhcpServer);                                // 209
    w.WriteU16(0);                                            // 213 reserved
    w.WriteU8(b.pemState);                                    // 215
    w.WriteU8(b.nacState);                                    // 216
    w.WriteU8(b.securityPolicyCompleted ? 1 : 0);             // 217
    w.WriteU8(b.policyType);                                  // 218
    w.WriteU8(b.keyManagement);                               // 219
    w.WriteU8(b.cipher);                                      // 220
    w.WriteU8(b.eapType);                                     // 221
    w.WriteU8(0);                                             // 222 reserved
    w.WriteBytes(b.pmkid.data(), b.pmkid.size());             // 223
    w.WriteBytes(b.pmk.data(), b.pmk.size());                 // 239
    w.WriteU32(b.moveCount);                                  // 271
    w.WriteU64(static_cast<uint64_t>(b.connectedSince.GetNanoSeconds())); // 275
    w.WriteU16(b.associationId);                                          // 283
    w.WriteU16(b.capabilityInfo);                                         // 285
    w.WriteU8(static_cast<uint8_t>(b.supportedRates.size()));             // 287
    w.WriteBytes(b.supportedRates);                                       // 288
    w.WriteFill(0, H::MAX_RATES - b.supportedRates.size());
    WriteStringField(w, b.username, H::MAX_USERNAME_LENGTH); // 304 length, 305 username
    w.WriteU32(b.sessionTimeout);                            // 369
    w.WriteU8(b.qosLevel);                                   // 373
    w.WriteU8(b.wmm ? 1 : 0);                                // 374
    w.WriteU8(b.dot1pTag);                                   // 375
    w.WriteU8(0);                                            // 376 reserved
    WriteStringField(w, b.aclName, H::MAX_NAME_LENGTH);      // 377 length, 378 ACL name
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

void
WriteBody(ByteWriter& w, const MobileHandoffAckBody& b)
{
    w.WriteIpv4(b.senderIp); // 56
    w.WriteU8(b.status);     // 60
    w.WriteU8(b.reason);     // 61
    w.WriteU16(0);           // 62 reserved
}

void
WriteBody(ByteWriter& w, const MobileAnchorUpdateBody& b)
{
    w.WriteIpv4(b.senderIp); // 56
    w.WriteMac(b.senderMac); // 60
    w.WriteU16(0);           // 66 reserved
    w.WriteU32(b.moveCount); // 68
}

void
WriteBody(ByteWriter& w, const MobileKeepAliveBody& b)
{
    w.WriteIpv4(b.senderIp);   // 56
    w.WriteMac(b.senderMac);   // 60
    w.WriteU16(b.memberCount); // 66
}

void
WriteBody(ByteWriter& w, const MobileClientDeleteBody& b)
{
    w.WriteIpv4(b.senderIp); // 56
    w.WriteU8(b.reason);     // 60
    w.WriteFill(0, 3);       // 61 reserved
}

void
WriteBody(ByteWriter& w, const MobilePmkUpdateBody& b)
{
    w.WriteIpv4(b.senderIp);                                                   // 56
    w.WriteMac(b.senderMac);                                                   // 60
    w.WriteU16(0);                                                             // 66 reserved
    w.WriteBytes(std::vector<uint8_t>(b.pmk.begin(), b.pmk.end()));            // 68
    w.WriteU32(b.lifetime);                                                    // 100
    WriteStringField(w, b.username, MobilePmkUpdateBody::MAX_USERNAME_LENGTH); // 104, 105
    w.WriteU8(b.eapType);                                                      // 169
    w.WriteU16(0);                                                             // 170 reserved
}

void
WriteBody(ByteWriter& w, const MobileFtKeyUpdateBody& b)
{
    w.WriteIpv4(b.senderIp);                                                    // 56
    w.WriteMac(b.senderMac);                                                    // 60
    w.WriteU16(b.mdid);                                                         // 66
    w.WriteU32(b.akm);                                                          // 68
    w.WriteBytes(std::vector<uint8_t>(b.pmkR0.begin(), b.pmkR0.end()));         // 72
    w.WriteBytes(std::vector<uint8_t>(b.pmkR0Name.begin(), b.pmkR0Name.end())); // 104
    w.WriteU32(b.lifetime);                                                     // 120
    WriteStringField(w, b.r0khId, MobileFtKeyUpdateBody::MAX_R0KH_ID_LENGTH);   // 124, 125
    w.WriteFill(0, 3);                                                          // 173 reserved
}

// ---------------------------------------------------------------------------------- readers

bool
ReadBody(ByteReader& r, MobileAnnounceBody& b, std::string& why)
{
    b.senderIp = r.ReadIpv4();
    b.senderMac = r.ReadMac();
    b.wlanId = r.ReadU16();
    if (!ReadStringField(r, MobileAnnounceBody::MAX_SSID_LENGTH, "SSID", b.ssid, why))
    {
        return false;
    }
    b.bssid = r.ReadMac();
    b.pemState = r.ReadU8();
    b.vlanId = r.ReadU16();
    r.Skip(6);
    return r.IsOk() && CheckBody(b, why);
}

bool
ReadBody(ByteReader& r, MobileHandoffBody& b, std::string& why)
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
    if (!ReadStringField(r, H::MAX_NAME_LENGTH, "SSID", b.ssid, why) ||
        !ReadStringField(r, H::MAX_NAME_LENGTH, "profile name", b.profileName, why) ||
        !ReadStringField(r, H::MAX_NAME_LENGTH, "interface name", b.interfaceName, why))
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
    if (!ReadStringField(r, H::MAX_USERNAME_LENGTH, "username", b.username, why))
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
    if (!ReadStringField(r, H::MAX_NAME_LENGTH, "ACL name", b.aclName, why))
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
    return r.IsOk() && CheckBody(b, why);
}

bool
ReadBody(ByteReader& r, MobileHandoffAckBody& b, std::string& why)
{
    b.senderIp = r.ReadIpv4();
    b.status = r.ReadU8();
    b.reason = r.ReadU8();
    r.Skip(2);
    return r.IsOk() && CheckBody(b, why);
}

bool
ReadBody(ByteReader& r, MobileAnchorUpdateBody& b, std::string& why)
{
    b.senderIp = r.ReadIpv4();
    b.senderMac = r.ReadMac();
    r.Skip(2);
    b.moveCount = r.ReadU32();
    return r.IsOk() && CheckBody(b, why);
}

bool
ReadBody(ByteReader& r, MobileKeepAliveBody& b, std::string& why)
{
    b.senderIp = r.ReadIpv4();
    b.senderMac = r.ReadMac();
    b.memberCount = r.ReadU16();
    return r.IsOk() && CheckBody(b, why);
}

bool
ReadBody(ByteReader& r, MobileClientDeleteBody& b, std::string& why)
{
    b.senderIp = r.ReadIpv4();
    b.reason = r.ReadU8();
    r.Skip(3);
    return r.IsOk() && CheckBody(b, why);
}

bool
ReadBody(ByteReader& r, MobilePmkUpdateBody& b, std::string& why)
{
    b.senderIp = r.ReadIpv4();
    b.senderMac = r.ReadMac();
    r.Skip(2);
    std::vector<uint8_t> pmk = r.ReadBytes(b.pmk.size());
    std::copy(pmk.begin(), pmk.end(), b.pmk.begin());
    b.lifetime = r.ReadU32();
    if (!ReadStringField(r, MobilePmkUpdateBody::MAX_USERNAME_LENGTH, "username", b.username, why))
    {
        return false;
    }
    b.eapType = r.ReadU8();
    r.Skip(2);
    return r.IsOk() && CheckBody(b, why);
}

bool
ReadBody(ByteReader& r, MobileFtKeyUpdateBody& b, std::string& why)
{
    b.senderIp = r.ReadIpv4();
    b.senderMac = r.ReadMac();
    b.mdid = r.ReadU16();
    b.akm = r.ReadU32();
    std::vector<uint8_t> key = r.ReadBytes(b.pmkR0.size());
    std::copy(key.begin(), key.end(), b.pmkR0.begin());
    std::vector<uint8_t> name = r.ReadBytes(b.pmkR0Name.size());
    std::copy(name.begin(), name.end(), b.pmkR0Name.begin());
    b.lifetime = r.ReadU32();
    if (!ReadStringField(r, MobileFtKeyUpdateBody::MAX_R0KH_ID_LENGTH, "R0KH-ID", b.r0khId, why))
    {
        return false;
    }
    r.Skip(3);
    return r.IsOk() && CheckBody(b, why);
}

} // namespace mobility
} // namespace ns3
