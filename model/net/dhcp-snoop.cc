/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "dhcp-snoop.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WlcDhcpSnoop");

namespace
{

/// DHCP option codes read by the snooper (RFC 2132).
enum DhcpOption : uint8_t
{
    OPTION_PAD = 0,
    OPTION_SUBNET_MASK = 1,
    OPTION_ROUTER = 3,
    OPTION_HOST_NAME = 12,
    OPTION_REQUESTED_ADDRESS = 50,
    OPTION_LEASE_TIME = 51,
    OPTION_MESSAGE_TYPE = 53,
    OPTION_SERVER_IDENTIFIER = 54,
    OPTION_END = 255,
};

/**
 * Add 16-bit big-endian words to a one's complement sum.
 * \param sum the running sum
 * \param data the bytes (an odd last byte is padded with zero)
 * \param size the number of bytes
 * \return the new sum, not folded
 */
uint32_t
SumWords(uint32_t sum, const uint8_t* data, std::size_t size)
{
    for (std::size_t i = 0; i + 1 < size; i += 2)
    {
        sum += (uint32_t(data[i]) << 8) | data[i + 1];
    }
    if (size % 2)
    {
        sum += uint32_t(data[size - 1]) << 8;
    }
    return sum;
}

/// \param sum a one's complement sum \return it folded to 16 bits
uint16_t
Fold(uint32_t sum)
{
    while (sum >> 16)
    {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    return static_cast<uint16_t>(sum);
}

/**
 * Check the length of an option that must appear once.
 * \param seen whether it was seen before
 * \param code the option code
 * \param length its length
 * \param wanted the length it must have
 * \param why the reason, on failure
 * \return true if it is acceptable
 */
bool
CheckOption(bool seen, uint8_t code, uint8_t length, uint8_t wanted, std::string& why)
{
    if (seen)
    {
        why = "duplicate option " + std::to_string(code);
        return false;
    }
    if (length != wanted)
    {
        why = "option " + std::to_string(code) + " length " + std::to_string(length) + " not " +
              std::to_string(wanted);
        return false;
    }
    return true;
}

/**
 * Read the options field.
 * \param in the options, after the magic cookie
 * \param message where to store them
 * \param why the reason, on failure
 * \return true if they are well formed
 */
bool
ParseOptions(ByteReader& in, DhcpSnoopMessage& message, std::string& why)
{
    while (true)
    {
        if (in.GetRemaining() == 0)
        {
            why = "options not terminated by End";
            return false;
        }
        uint8_t code = in.ReadU8();
        if (code == OPTION_PAD)
        {
            continue;
        }
        if (code == OPTION_END)
        {
            message.trailingBytes = in.GetRemaining();
            return true;
        }
        if (in.GetRemaining() == 0)
        {
            why = "option " + std::to_string(code) + " has no length";
            return false;
        }
        uint8_t length = in.ReadU8();
        if (in.GetRemaining() < length)
        {
            why = "option " + std::to_string(code) + " overruns the packet";
            return false;
        }
        ByteReader value = in.ReadSub(length);
        switch (code)
        {
        case OPTION_MESSAGE_TYPE: {
            if (!CheckOption(message.messageType.has_value(), code, length, 1, why))
            {
                return false;
            }
            uint8_t type = value.ReadU8();
            if (type < 1 || type > 8)
            {
                why = "unsupported DHCP message type " + std::to_string(type);
                return false;
            }
            message.messageType = static_cast<DhcpMessageType>(type);
            break;
        }
        case OPTION_REQUESTED_ADDRESS:
            if (!CheckOption(message.requestedAddress.has_value(), code, length, 4, why))
            {
                return false;
            }
            message.requestedAddress = value.ReadIpv4();
            break;
        case OPTION_SERVER_IDENTIFIER:
            if (!CheckOption(message.serverIdentifier.has_value(), code, length, 4, why))
            {
                return false;
            }
            message.serverIdentifier = value.ReadIpv4();
            break;
        case OPTION_LEASE_TIME:
            if (!CheckOption(message.leaseTime.has_value(), code, length, 4, why))
            {
                return false;
            }
            message.leaseTime = value.ReadU32();
            break;
        case OPTION_SUBNET_MASK:
            if (!CheckOption(message.subnetMask.has_value(), code, length, 4, why))
            {
                return false;
            }
            {
                uint32_t mask = value.ReadU32();
                // only a contiguous mask is a mask (ns-3.48's Ipv4Mask asserts on any other)
                uint32_t host = ~mask;
                if ((host & (host + 1)) != 0)
                {
                    why = "option 1 is not a contiguous subnet mask";
                    return false;
                }
                message.subnetMask = Ipv4Mask(mask);
                break;
            }
        case OPTION_ROUTER:
            if (!message.routers.empty())
            {
                why = "duplicate option 3";
                return false;
            }
            if (length == 0 || length % 4 != 0)
            {
                why = "option 3 length " + std::to_string(length) + " not a multiple of 4";
                return false;
            }
            while (value.GetRemaining() > 0)
            {
                message.routers.push_back(value.ReadIpv4());
            }
            break;
        case OPTION_HOST_NAME:
            if (message.hostName.has_value())
            {
                why = "duplicate option 12";
                return false;
            }
            if (length == 0)
            {
                why = "empty option 12";
                return false;
            }
            message.hostName = value.ReadString(length);
            break;
        default:
            break; // any other option is skipped
        }
    }
}

} // namespace

std::string
DhcpMessageTypeName(DhcpMessageType type)
{
    switch (type)
    {
    case DhcpMessageType::DISCOVER:
        return "DISCOVER";
    case DhcpMessageType::OFFER:
        return "OFFER";
    case DhcpMessageType::REQUEST:
        return "REQUEST";
    case DhcpMessageType::DECLINE:
        return "DECLINE";
    case DhcpMessageType::ACK:
        return "ACK";
    case DhcpMessageType::NAK:
        return "NAK";
    case DhcpMessageType::RELEASE:
        return "RELEASE";
    case DhcpMessageType::INFORM:
        return "INFORM";
    }
    return "UNKNOWN";
}

bool
DhcpSnoopMessage::IsBroadcast() const
{
    return flags & 0x8000;
}

bool
DhcpSnoop::Parse(ByteReader& ipv4Packet, DhcpSnoopMessage& message, std::string& why)
{
    message = DhcpSnoopMessage();
    const std::vector<uint8_t> bytes = ipv4Packet.GetRest();
    ipv4Packet.Skip(bytes.size());

    // IPv4 header (RFC 791)
    if (bytes.size() < 20)
    {
        why = "truncated IPv4 header";
        return false;
    }
    ByteReader ip(bytes);
    uint8_t versionIhl = ip.ReadU8();
    if ((versionIhl >> 4) != 4)
    {
        why = "not IPv4";
        return false;
    }
    std::size_t headerSize = (versionIhl & 0x0f) * 4;
    if (headerSize < 20)
    {
        why = "IPv4 header length below 20";
        return false;
    }
    ip.Skip(1); // DSCP, ECN
    uint16_t totalLength = ip.ReadU16();
    if (totalLength > bytes.size())
    {
        why = "IPv4 total length beyond the bytes";
        return false;
    }
    if (totalLength < headerSize)
    {
        why = "IPv4 total length below the header length";
        return false;
    }
    ip.Skip(2); // identification
    uint16_t flagsOffset = ip.ReadU16();
    if (flagsOffset & 0x8000)
    {
        why = "IPv4 reserved flag set";
        return false;
    }
    if (flagsOffset & 0x3fff)
    {
        why = "IPv4 fragment";
        return false;
    }
    ip.Skip(1); // TTL
    uint8_t protocol = ip.ReadU8();
    if (protocol != 17)
    {
        why = "not UDP";
        return false;
    }
    uint16_t headerChecksum = ip.ReadU16();
    if (headerChecksum != 0 && Fold(SumWords(0, bytes.data(), headerSize)) != 0xffff)
    {
        why = "bad IPv4 header checksum";
        return false;
    }
    message.ipSource = ip.ReadIpv4();
    message.ipDestination = ip.ReadIpv4();

    // UDP header (RFC 768)
    const uint8_t* udp = bytes.data() + headerSize;
    std::size_t udpSize = totalLength - headerSize;
    ByteReader in(udp, udpSize);
    if (udpSize < 8)
    {
        why = "truncated UDP header";
        return false;
    }
    message.sourcePort = in.ReadU16();
    message.destinationPort = in.ReadU16();
    uint16_t udpLength = in.ReadU16();
    uint16_t udpChecksum = in.ReadU16();
    auto isBootpPort = [](uint16_t port) { return port == SERVER_PORT || port == CLIENT_PORT; };
    if (!isBootpPort(message.sourcePort) || !isBootpPort(message.destinationPort) ||
        (message.sourcePort == CLIENT_PORT && message.destinationPort == CLIENT_PORT))
    {
        why = "not BOOTP UDP ports";
        return false;
    }
    if (udpLength != udpSize)
    {
        why = "UDP length does not match the IPv4 payload";
        return false;
    }
    if (udpChecksum != 0)
    {
        uint32_t sum = SumWords(0, bytes.data() + 12, 8); // source and destination addresses
        sum += 17 + udpLength;
        if (Fold(SumWords(sum, udp, udpSize)) != 0xffff)
        {
            why = "bad UDP checksum";
            return false;
        }
    }

    // BOOTP fixed fields (RFC 951, RFC 2131 2)
    if (in.GetRemaining() < BOOTP_FIXED_SIZE)
    {
        why = "truncated BOOTP message";
        return false;
    }
    message.op = in.ReadU8();
    message.htype = in.ReadU8();
    message.hlen = in.ReadU8();
    message.hops = in.ReadU8();
    message.xid = in.ReadU32();
    message.secs = in.ReadU16();
    message.flags = in.ReadU16();
    message.ciaddr = in.ReadIpv4();
    message.yiaddr = in.ReadIpv4();
    message.siaddr = in.ReadIpv4();
    message.giaddr = in.ReadIpv4();
    in.ReadBytes(message.chaddr.data(), message.chaddr.size());
    in.Skip(64 + 128); // sname, file
    uint32_t cookie = in.ReadU32();
    if (message.op != 1 && message.op != 2)
    {
        why = "BOOTP op " + std::to_string(message.op) + " not 1 or 2";
        return false;
    }
    if ((message.op == 1 && message.destinationPort != SERVER_PORT) ||
        (message.op == 2 && message.sourcePort != SERVER_PORT))
    {
        why = "BOOTP op does not match the UDP ports";
        return false;
    }
    if (message.htype == 1)
    {
        bool paddingZero = true;
        for (std::size_t i = 6; i < message.chaddr.size(); ++i)
        {
            paddingZero = paddingZero && message.chaddr[i] == 0;
        }
        if (message.hlen != 6 && !(message.hlen == 16 && paddingZero))
        {
            why = "hardware address length " + std::to_string(message.hlen) + " for Ethernet";
            return false;
        }
        if (message.chaddr[0] & 0x01)
        {
            why = "client hardware address is a group address";
            return false;
        }
        message.clientMac.CopyFrom(message.chaddr.data());
        message.hasClientMac = true;
    }
    else if (message.hlen > 16)
    {
        why = "hardware address length above 16";
        return false;
    }
    if (cookie != 0x63825363)
    {
        why = "no DHCP magic cookie";
        return false;
    }

    // options (RFC 2132)
    if (!ParseOptions(in, message, why))
    {
        return false;
    }
    if (message.messageType.has_value())
    {
        DhcpMessageType type = *message.messageType;
        bool reply = type == DhcpMessageType::OFFER || type == DhcpMessageType::ACK ||
                     type == DhcpMessageType::NAK;
        if (reply != (message.op == 2))
        {
            why = "DHCP " + DhcpMessageTypeName(type) + " with BOOTP op " +
                  std::to_string(message.op);
            return false;
        }
    }
    NS_LOG_LOGIC(
        "DHCP " << (message.messageType ? DhcpMessageTypeName(*message.messageType) : "BOOTP")
                << " xid " << message.xid << " client " << message.clientMac);
    return true;
}

std::optional<DhcpSnoopMessage>
DhcpSnoop::Parse(const std::vector<uint8_t>& ipv4Packet, std::string* why)
{
    ByteReader reader(ipv4Packet);
    DhcpSnoopMessage message;
    std::string reason;
    if (!Parse(reader, message, reason))
    {
        if (why)
        {
            *why = reason;
        }
        return std::nullopt;
    }
    return message;
}

} // namespace ns3
