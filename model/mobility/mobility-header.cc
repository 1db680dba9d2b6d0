/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "mobility-header.h"

#include "ns3/abort.h"
#include "ns3/log.h"

#include <openssl/evp.h>
#include <sstream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MobilityHeader");

namespace mobility
{

bool
IsPemState(uint8_t state)
{
    switch (state)
    {
    case PEM_START:
    case PEM_AUTHCHECK:
    case PEM_8021X_REQD:
    case PEM_L2AUTHCOMPLETE:
    case PEM_DHCP_REQD:
    case PEM_RUN:
        return true;
    default:
        return false;
    }
}

std::string
PemStateText(uint8_t state)
{
    switch (state)
    {
    case PEM_START:
        return "START";
    case PEM_AUTHCHECK:
        return "AUTHCHECK";
    case PEM_8021X_REQD:
        return "8021X_REQD";
    case PEM_L2AUTHCOMPLETE:
        return "L2AUTHCOMPLETE";
    case PEM_DHCP_REQD:
        return "DHCP_REQD";
    case PEM_RUN:
        return "RUN";
    default:
        return "Unknown(" + std::to_string(state) + ")";
    }
}

bool
IsContiguousMask(uint32_t mask)
{
    uint32_t inverse = ~mask; // 0...01...1 for a contiguous mask
    return (inverse & (inverse + 1)) == 0;
}

} // namespace mobility

std::string
MobilityMessageTypeName(uint8_t type)
{
    switch (static_cast<MobilityMessageType>(type))
    {
    case MobilityMessageType::MOBILE_ANNOUNCE:
        return "MobileAnnounce";
    case MobilityMessageType::MOBILE_HANDOFF:
        return "MobileHandoff";
    case MobilityMessageType::MOBILE_HANDOFF_ACK:
        return "MobileHandoffAck";
    case MobilityMessageType::MOBILE_ANCHOR_UPDATE:
        return "MobileAnchorUpdate";
    case MobilityMessageType::MOBILE_ANCHOR_UPDATE_ACK:
        return "MobileAnchorUpdateAck";
    case MobilityMessageType::MOBILE_KEEP_ALIVE:
        return "MobileKeepAlive";
    case MobilityMessageType::MOBILE_KEEP_ALIVE_ACK:
        return "MobileKeepAliveAck";
    case MobilityMessageType::MOBILE_CLIENT_DELETE:
        return "MobileClientDelete";
    case MobilityMessageType::MOBILE_PMK_UPDATE:
        return "MobilePmkUpdate";
    case MobilityMessageType::MOBILE_FT_KEY_UPDATE:
        return "MobileFtKeyUpdate";
    }
    return "Unknown";
}

std::size_t
MobilityMessageSize(uint8_t type)
{
    switch (static_cast<MobilityMessageType>(type))
    {
    case MobilityMessageType::MOBILE_ANNOUNCE:
        return 116;
    case MobilityMessageType::MOBILE_HANDOFF:
        return 546;
    case MobilityMessageType::MOBILE_HANDOFF_ACK:
    case MobilityMessageType::MOBILE_ANCHOR_UPDATE_ACK:
    case MobilityMessageType::MOBILE_CLIENT_DELETE:
        return 64;
    case MobilityMessageType::MOBILE_ANCHOR_UPDATE:
        return 72;
    case MobilityMessageType::MOBILE_KEEP_ALIVE:
    case MobilityMessageType::MOBILE_KEEP_ALIVE_ACK:
        return 68;
    case MobilityMessageType::MOBILE_PMK_UPDATE:
        return 172;
    case MobilityMessageType::MOBILE_FT_KEY_UPDATE:
        return 176;
    }
    return 0;
}

MobilityGroupId
MobilityGroupIdFromName(const std::string& name)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    int ok = EVP_Digest(name.data(), name.size(), digest, &digestLength, EVP_sha1(), nullptr);
    NS_ABORT_MSG_IF(ok != 1 || digestLength != 20, "EVP_Digest(SHA-1) failed");
    MobilityGroupId id;
    std::copy(digest, digest + id.size(), id.begin());
    return id;
}

std::string
FormatMobilityGroupId(const MobilityGroupId& id)
{
    static const char* digits = "0123456789abcdef";
    std::string text;
    for (uint8_t b : id)
    {
        text += digits[b >> 4];
        text += digits[b & 0x0f];
    }
    return text;
}

bool
ParseMobilityGroupId(const std::string& text, MobilityGroupId& id, std::string& why)
{
    MobilityGroupId parsed{};
    std::size_t digits = 0;
    for (char c : text)
    {
        if (c == ' ')
        {
            continue;
        }
        int value;
        if (c >= '0' && c <= '9')
        {
            value = c - '0';
        }
        else if (c >= 'a' && c <= 'f')
        {
            value = c - 'a' + 10;
        }
        else if (c >= 'A' && c <= 'F')
        {
            value = c - 'A' + 10;
        }
        else
        {
            why = "group id: '" + std::string(1, c) + "' is not a hex digit";
            return false;
        }
        if (digits == 2 * parsed.size())
        {
            why = "group id: more than 32 hex digits";
            return false;
        }
        parsed[digits / 2] |= static_cast<uint8_t>(digits % 2 == 0 ? value << 4 : value);
        ++digits;
    }
    if (digits != 2 * parsed.size())
    {
        why = "group id: " + std::to_string(digits) + " hex digits, not 32";
        return false;
    }
    id = parsed;
    return true;
}

void
MobilityHeader::Write(ByteWriter& writer, uint16_t length) const
{
    NS_ABORT_MSG_IF(!mobility::IsContiguousMask(vlanMask.Get()),
                    "mobility header: VLAN netmask " << vlanMask << " is not contiguous");
    writer.WriteU8(static_cast<uint8_t>(type));
    writer.WriteU8(subtype);
    writer.WriteU8(version);
    writer.WriteU8(flags);
    writer.WriteU32(xid);
    writer.WriteU32(sequence);
    writer.WriteU16(length);
    writer.WriteU16(0); // reserved
    writer.WriteBytes(groupId.data(), groupId.size());
    writer.WriteMac(mobileMac);
    writer.WriteU16(0); // reserved
    writer.WriteIpv4(mobileIp);
    writer.WriteU32(instance);
    writer.WriteIpv4(vlanIp);
    writer.WriteU32(vlanMask.Get());
}

bool
MobilityHeader::Read(ByteReader& reader, MobilityHeader& header, uint16_t& length, std::string& why)
{
    if (reader.GetRemaining() < mobility::HEADER_SIZE)
    {
        why = "mobility message of " + std::to_string(reader.GetRemaining()) +
              " bytes is shorter than the 56-byte header";
        return false;
    }
    uint8_t typeByte = reader.ReadU8();
    header.subtype = reader.ReadU8();
    header.version = reader.ReadU8();
    header.flags = reader.ReadU8();
    header.xid = reader.ReadU32();
    header.sequence = reader.ReadU32();
    length = reader.ReadU16();
    reader.Skip(2); // reserved
    reader.ReadBytes(header.groupId.data(), header.groupId.size());
    header.mobileMac = reader.ReadMac();
    reader.Skip(2); // reserved
    header.mobileIp = reader.ReadIpv4();
    header.instance = reader.ReadU32();
    header.vlanIp = reader.ReadIpv4();
    uint32_t mask = reader.ReadU32();
    if (header.version != mobility::VERSION)
    {
        why = "mobility version " + std::to_string(header.version) + ", not 1";
        return false;
    }
    if (MobilityMessageSize(typeByte) == 0)
    {
        why = "unknown mobility message type " + std::to_string(typeByte);
        return false;
    }
    header.type = static_cast<MobilityMessageType>(typeByte);
    if (!mobility::IsContiguousMask(mask))
    {
        std::ostringstream text;
        text << "mobility header: VLAN netmask " << Ipv4Address(mask) << " is not contiguous";
        why = text.str();
        return false;
    }
    header.vlanMask = Ipv4Mask(mask);
    return reader.IsOk();
}

} // namespace ns3
