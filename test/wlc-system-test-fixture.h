/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_SYSTEM_TEST_FIXTURE_H
#define WLC_SYSTEM_TEST_FIXTURE_H

/**
 * \file
 * \ingroup wlc-tests
 * Set-up code shared by the system test suites (test-only, header-only, not installed): quiet
 * RoamingScenario configurations, a wire tap that records and injects Ethernet frames on a VLAN
 * segment, hand-written IPv4/UDP framing for spoofed packets, a CAPWAP control message log,
 * extra Wi-Fi clients, and running external commands (tshark).
 */

#include "wlc-test-util.h"

#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"
#include "ns3/capwap-constants.h"
#include "ns3/capwap-control-message.h"
#include "ns3/csma-channel.h"
#include "ns3/csma-helper.h"
#include "ns3/csma-net-device.h"
#include "ns3/error-model.h"
#include "ns3/inet-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv4-l3-protocol.h"
#include "ns3/ipv4-static-routing-helper.h"
#include "ns3/ipv4.h"
#include "ns3/lightweight-ap-helper.h"
#include "ns3/mobility-helper.h"
#include "ns3/mobility-model.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/roaming-scenario.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/ssid.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/wifi-helper.h"
#include "ns3/wifi-mac-helper.h"
#include "ns3/wifi-mac.h"
#include "ns3/wifi-net-device.h"
#include "ns3/wlc-client-helper.h"
#include "ns3/yans-wifi-channel.h"
#include "ns3/yans-wifi-helper.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace ns3
{
namespace wlctest
{

/// EtherType of IPv4.
constexpr uint16_t ETHERTYPE_IPV4 = 0x0800;
/// EtherType of ARP.
constexpr uint16_t ETHERTYPE_ARP = 0x0806;
/// Address of the scenario's server.
inline const Ipv4Address SERVER_ADDRESS("10.99.10.10");
/// UDP port of the downlink sinks on the clients (RoamingScenario).
constexpr uint16_t DOWNLINK_PORT = 5000;
/// UDP port of the first client's uplink sink on the server (RoamingScenario).
constexpr uint16_t UPLINK_PORT = 6000;
/// Management address of WLC1.
inline const Ipv4Address WLC1_ADDRESS("10.99.80.1");

/**
 * A RoamingScenario configuration for tests that do not roam: one controller, two APs, one
 * client that stays next to AP001 (it would start walking only after walkStart).
 * \param trafficInterval the UDP packet interval each way
 * \return the configuration
 */
inline RoamingScenario::Config
StayingClientConfig(Time trafficInterval = MilliSeconds(20))
{
    RoamingScenario::Config config;
    config.controllers = 1;
    config.apsPerController = 2;
    config.clients = 1;
    config.walkStart = Seconds(100000);
    config.trafficInterval = trafficInterval;
    return config;
}

/// \param packet a packet \return its bytes
inline std::vector<uint8_t>
Bytes(Ptr<const Packet> packet)
{
    return ByteReader::PacketBytes(packet);
}

/// \param haystack bytes \param needle bytes to look for \return whether needle occurs in haystack
inline bool
Contains(const std::vector<uint8_t>& haystack, const std::vector<uint8_t>& needle)
{
    if (needle.empty() || haystack.size() < needle.size())
    {
        return needle.empty();
    }
    for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i)
    {
        if (std::equal(needle.begin(), needle.end(), haystack.begin() + i))
        {
            return true;
        }
    }
    return false;
}

/// \param drops drop counters by reason \return their sum
inline uint64_t
TotalDrops(const std::map<std::string, uint64_t>& drops)
{
    uint64_t total = 0;
    for (const auto& [reason, count] : drops)
    {
        total += count;
    }
    return total;
}

/// \param drops drop counters by reason \return "reason: count; ..." for failure messages
inline std::string
DropsText(const std::map<std::string, uint64_t>& drops)
{
    std::ostringstream os;
    for (const auto& [reason, count] : drops)
    {
        os << "[" << reason << "]: " << count << "; ";
    }
    return os.str();
}

/**
 * \param drops drop counters by reason
 * \param prefix the start of a reason
 * \return the number of drops whose reason starts with prefix
 */
inline uint64_t
DropsWithPrefix(const std::map<std::string, uint64_t>& drops, const std::string& prefix)
{
    uint64_t total = 0;
    for (const auto& [reason, count] : drops)
    {
        if (reason.compare(0, prefix.size(), prefix) == 0)
        {
            total += count;
        }
    }
    return total;
}

/**
 * The value of one dotted line of a show command (" Label........ value").
 * \param text the command's output
 * \param label the label, without the dots
 * \return the value, or "<missing>" if no line has that label
 */
inline std::string
ShowValue(const std::string& text, const std::string& label)
{
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line))
    {
        std::size_t start = line.find_first_not_of(' ');
        if (start == std::string::npos || line.compare(start, label.size(), label) != 0)
        {
            continue;
        }
        std::size_t dots = start + label.size();
        std::size_t end = line.find_first_not_of('.', dots);
        if (end == dots || end == std::string::npos || line[end] != ' ')
        {
            continue; // another label that starts with this one
        }
        return line.substr(end + 1);
    }
    return "<missing>";
}

/// One Ethernet frame.
struct EthernetFrame
{
    Mac48Address destination;     //!< destination MAC
    Mac48Address source;          //!< source MAC
    uint16_t etherType{0};        //!< EtherType
    std::vector<uint8_t> payload; //!< what follows the header
};

/**
 * \param bytes an Ethernet II frame as a CsmaNetDevice sniffer sees it (header, payload, FCS)
 * \param out filled
 * \return false if it is too short
 */
inline bool
ParseEthernet(const std::vector<uint8_t>& bytes, EthernetFrame& out)
{
    ByteReader reader(bytes);
    out.destination = reader.ReadMac();
    out.source = reader.ReadMac();
    out.etherType = reader.ReadU16();
    out.payload = reader.GetRest();
    return reader.IsOk();
}

/// One UDP datagram in an IPv4 packet.
struct UdpDatagram
{
    Ipv4Address source;           //!< source address
    Ipv4Address destination;      //!< destination address
    uint16_t sourcePort{0};       //!< source port
    uint16_t destinationPort{0};  //!< destination port
    std::vector<uint8_t> payload; //!< UDP payload
};

/**
 * \param ip an IPv4 packet (possibly followed by padding)
 * \param out filled
 * \return false if it is not an unfragmented IPv4/UDP packet
 */
inline bool
ParseIpv4Udp(const std::vector<uint8_t>& ip, UdpDatagram& out)
{
    ByteReader reader(ip);
    uint8_t versionIhl = reader.ReadU8();
    reader.Skip(1);
    uint16_t total = reader.ReadU16();
    reader.Skip(2);
    uint16_t fragment = reader.ReadU16();
    reader.Skip(1);
    uint8_t protocol = reader.ReadU8();
    reader.Skip(2);
    out.source = reader.ReadIpv4();
    out.destination = reader.ReadIpv4();
    std::size_t ihl = (versionIhl & 0x0f) * 4u;
    if (!reader.IsOk() || (versionIhl >> 4) != 4 || ihl < 20 || protocol != 17 ||
        (fragment & 0x3fff) != 0 || total > ip.size() || total < ihl + 8)
    {
        return false;
    }
    reader.Skip(ihl - 20);
    out.sourcePort = reader.ReadU16();
    out.destinationPort = reader.ReadU16();
    uint16_t length = reader.ReadU16();
    reader.Skip(2);
    if (!reader.IsOk() || length < 8 || length > total - ihl)
    {
        return false;
    }
    out.payload = reader.ReadBytes(length - 8u);
    return reader.IsOk();
}

/**
 * The DHCP message type of a BOOTP message (RFC 2131: 236 fixed bytes, the magic cookie, then
 * options; option 53 is the message type).
 * \param bootp a UDP payload
 * \param clientMac filled with chaddr when hlen is 6
 * \return the message type (1 DISCOVER ... 5 ACK), 0 if none is found
 */
inline uint8_t
DhcpMessageType(const std::vector<uint8_t>& bootp, Mac48Address* clientMac = nullptr)
{
    ByteReader reader(bootp);
    reader.Skip(2);
    uint8_t hlen = reader.ReadU8();
    reader.Skip(25);
    Mac48Address chaddr = reader.ReadMac();
    reader.Skip(236 - 34);
    if (reader.ReadU32() != 0x63825363 || !reader.IsOk())
    {
        return 0;
    }
    if (clientMac && hlen == 6)
    {
        *clientMac = chaddr;
    }
    while (reader.IsOk() && !reader.IsDone())
    {
        uint8_t code = reader.ReadU8();
        if (code == 0)
        {
            continue;
        }
        if (code == 255)
        {
            break;
        }
        uint8_t length = reader.ReadU8();
        std::vector<uint8_t> value = reader.ReadBytes(length);
        if (code == 53 && length == 1 && reader.IsOk())
        {
            return value[0];
        }
    }
    return 0;
}

/**
 * An IPv4/UDP packet written byte by byte (RFC 791, RFC 768): no options, DF clear, TTL 64,
 * header checksum computed, UDP checksum 0 (none, allowed over IPv4).
 * \param source source address \param destination destination address
 * \param sourcePort source port \param destinationPort destination port
 * \param payload UDP payload \param id IPv4 Identification
 * \return the packet's bytes
 */
inline std::vector<uint8_t>
BuildIpv4Udp(Ipv4Address source,
             Ipv4Address destination,
             uint16_t sourcePort,
             uint16_t destinationPort,
             const std::vector<uint8_t>& payload,
             uint16_t id = 0x4242)
{
    ByteWriter writer;
    writer.WriteU8(0x45); // version 4, IHL 5
    writer.WriteU8(0);    // DSCP/ECN
    writer.WriteU16(static_cast<uint16_t>(20 + 8 + payload.size()));
    writer.WriteU16(id);
    writer.WriteU16(0); // flags, fragment offset
    writer.WriteU8(64); // TTL
    writer.WriteU8(17); // UDP
    writer.WriteU16(0); // checksum, patched below
    writer.WriteIpv4(source);
    writer.WriteIpv4(destination);
    uint32_t sum = 0;
    const std::vector<uint8_t>& header = writer.GetBytes();
    for (std::size_t i = 0; i < 20; i += 2)
    {
        sum += (header[i] << 8) | header[i + 1];
    }
    while (sum >> 16)
    {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    writer.PatchU16(10, static_cast<uint16_t>(~sum & 0xffff));
    writer.WriteU16(sourcePort);
    writer.WriteU16(destinationPort);
    writer.WriteU16(static_cast<uint16_t>(8 + payload.size()));
    writer.WriteU16(0);
    writer.WriteBytes(payload);
    return writer.GetBytes();
}

/// A frame seen by a WireTap.
struct TappedFrame
{
    Time time;                  //!< when
    std::vector<uint8_t> bytes; //!< the Ethernet frame
};

/**
 * A device of its own on a VLAN segment: records every frame on the segment (promiscuous
 * sniffer) and injects frames with any source address. With an address it also gets an IPv4
 * stack, to send through real sockets (a rogue host of the VLAN).
 */
class WireTap
{
  public:
    /**
     * \param channel the segment
     * \param mac the tap's own MAC
     */
    WireTap(Ptr<CsmaChannel> channel, Mac48Address mac)
    {
        m_node = CreateObject<Node>();
        CsmaHelper csma;
        m_device = DynamicCast<CsmaNetDevice>(csma.Install(m_node, channel).Get(0));
        m_device->SetAddress(mac);
        m_device->TraceConnectWithoutContext(
            "PromiscSniffer",
            Callback<void, Ptr<const Packet>>([this](Ptr<const Packet> packet) {
                m_frames.push_back({Simulator::Now(), Bytes(packet)});
            }));
    }

    WireTap(const WireTap&) = delete;
    WireTap& operator=(const WireTap&) = delete;

    /**
     * Give the tap an IPv4 address (and a stack), to use real sockets.
     * \param address the address \param mask its mask \param gateway default gateway
     */
    void AddAddress(Ipv4Address address, Ipv4Mask mask, Ipv4Address gateway = Ipv4Address())
    {
        InternetStackHelper internet;
        internet.Install(m_node);
        Ptr<Ipv4> ipv4 = m_node->GetObject<Ipv4>();
        int32_t index = ipv4->AddInterface(m_device);
        ipv4->AddAddress(index, Ipv4InterfaceAddress(address, mask));
        ipv4->SetUp(index);
        if (gateway != Ipv4Address())
        {
            Ipv4StaticRoutingHelper routing;
            routing.GetStaticRouting(ipv4)->SetDefaultRoute(gateway, index);
        }
    }

    /**
     * Put a frame on the segment.
     * \param source its source MAC (any) \param destination its destination MAC
     * \param etherType its EtherType \param payload what follows the Ethernet header
     */
    void Inject(Mac48Address source,
                Mac48Address destination,
                uint16_t etherType,
                const std::vector<uint8_t>& payload)
    {
        m_device->SendFrom(Create<Packet>(payload.data(), payload.size()),
                           source,
                           destination,
                           etherType);
    }

    /// \return the frames seen so far (including the tap's own)
    const std::vector<TappedFrame>& GetFrames() const
    {
        return m_frames;
    }

    /// \return the tap's node
    Ptr<Node> GetNode() const
    {
        return m_node;
    }

    /// \return the tap's device
    Ptr<CsmaNetDevice> GetDevice() const
    {
        return m_device;
    }

  private:
    Ptr<Node> m_node;                  //!< the tap's node
    Ptr<CsmaNetDevice> m_device;       //!< its device on the segment
    std::vector<TappedFrame> m_frames; //!< what it saw
};

/**
 * \param controller a controller
 * \param interfaceName one of its interfaces
 * \return the segment of that interface's VLAN
 */
inline Ptr<CsmaChannel>
VlanChannel(Ptr<WirelessLanController> controller, const std::string& interfaceName)
{
    const WlcInterface* interface = controller->GetInterface(interfaceName);
    NS_ABORT_MSG_UNLESS(interface, "no interface " << interfaceName);
    return DynamicCast<CsmaChannel>(interface->port->GetChannel());
}

/**
 * \param channel a segment
 * \param address an IPv4 address
 * \return the device of the segment whose node has that address on it (nullptr if none)
 */
inline Ptr<NetDevice>
DeviceWithAddress(Ptr<CsmaChannel> channel, Ipv4Address address)
{
    for (std::size_t i = 0; i < channel->GetNDevices(); ++i)
    {
        Ptr<NetDevice> device = channel->GetDevice(i);
        Ptr<Ipv4> ipv4 = device->GetNode()->GetObject<Ipv4>();
        if (!ipv4)
        {
            continue;
        }
        int32_t index = ipv4->GetInterfaceForDevice(device);
        for (uint32_t a = 0; index >= 0 && a < ipv4->GetNAddresses(index); ++a)
        {
            if (ipv4->GetAddress(index, a).GetLocal() == address)
            {
                return device;
            }
        }
    }
    return nullptr;
}

/// One CAPWAP control message seen on a segment.
struct ControlRecord
{
    Time time;               //!< when
    Ipv4Address source;      //!< sender
    Ipv4Address destination; //!< receiver
    uint16_t sourcePort{0};  //!< sender's port
    uint32_t type{0};        //!< message type
    uint8_t sequence{0};     //!< sequence number
};

/**
 * The CAPWAP control messages (UDP to or from port 5246, decodable) among the frames of a tap.
 * \param frames tapped frames
 * \return the messages, in order
 */
inline std::vector<ControlRecord>
ControlMessages(const std::vector<TappedFrame>& frames)
{
    std::vector<ControlRecord> records;
    for (const TappedFrame& tapped : frames)
    {
        EthernetFrame ethernet;
        UdpDatagram udp;
        if (!ParseEthernet(tapped.bytes, ethernet) || ethernet.etherType != ETHERTYPE_IPV4 ||
            !ParseIpv4Udp(ethernet.payload, udp))
        {
            continue;
        }
        if (udp.destinationPort != capwap::CONTROL_PORT && udp.sourcePort != capwap::CONTROL_PORT)
        {
            continue;
        }
        CapwapControlMessage message;
        std::string why;
        if (!CapwapControlMessage::Decode(udp.payload, message, why))
        {
            continue;
        }
        records.push_back({tapped.time,
                           udp.source,
                           udp.destination,
                           udp.sourcePort,
                           message.GetMessageType(),
                           message.GetSequenceNumber()});
    }
    return records;
}

/**
 * A UDP socket that records every datagram it receives.
 */
class UdpSink
{
  public:
    /**
     * \param node where to listen
     * \param port the UDP port
     */
    UdpSink(Ptr<Node> node, uint16_t port)
    {
        m_socket = Socket::CreateSocket(node, UdpSocketFactory::GetTypeId());
        m_socket->Bind(InetSocketAddress(Ipv4Address::GetAny(), port));
        m_socket->SetRecvCallback(Callback<void, Ptr<Socket>>([this](Ptr<Socket> socket) {
            while (Ptr<Packet> packet = socket->Recv())
            {
                m_received.push_back({Simulator::Now(), Bytes(packet)});
            }
        }));
    }

    UdpSink(const UdpSink&) = delete;
    UdpSink& operator=(const UdpSink&) = delete;

    /// \return what arrived (time, payload)
    const std::vector<TappedFrame>& GetReceived() const
    {
        return m_received;
    }

    /// \param marker bytes \return the number of datagrams that contain them
    std::size_t Count(const std::vector<uint8_t>& marker) const
    {
        std::size_t n = 0;
        for (const auto& datagram : m_received)
        {
            n += Contains(datagram.bytes, marker);
        }
        return n;
    }

  private:
    Ptr<Socket> m_socket;                //!< the socket
    std::vector<TappedFrame> m_received; //!< what arrived
};

/**
 * \param frames tapped frames
 * \param marker bytes
 * \return the number of frames that contain them
 */
inline std::size_t
CountFrames(const std::vector<TappedFrame>& frames, const std::vector<uint8_t>& marker)
{
    std::size_t n = 0;
    for (const auto& frame : frames)
    {
        n += Contains(frame.bytes, marker);
    }
    return n;
}

/// Counts the UDP packets a node's IPv4 layer sends to a port.
struct TxCounter
{
    uint16_t port{0};       //!< destination port
    std::vector<Time> sent; //!< when each was sent

    /// \param node the node \param destinationPort the port
    void Watch(Ptr<Node> node, uint16_t destinationPort)
    {
        port = destinationPort;
        node->GetObject<Ipv4L3Protocol>()->TraceConnectWithoutContext(
            "Tx",
            Callback<void, Ptr<const Packet>, Ptr<Ipv4>, uint32_t>(
                [this](Ptr<const Packet> packet, Ptr<Ipv4>, uint32_t) {
                    UdpDatagram udp;
                    if (ParseIpv4Udp(Bytes(packet), udp) && udp.destinationPort == port)
                    {
                        sent.push_back(Simulator::Now());
                    }
                }));
    }

    /// \param from window start \param to window end \return packets sent in [from, to)
    std::size_t Between(Time from, Time to) const
    {
        std::size_t n = 0;
        for (Time t : sent)
        {
            n += t >= from && t < to;
        }
        return n;
    }
};

/// A Wi-Fi client added next to a RoamingScenario's own clients.
struct ExtraClient
{
    Ptr<Node> node;                //!< its node
    Ptr<WifiNetDevice> station;    //!< its station device
    Ptr<WpaSupplicant> supplicant; //!< its supplicant (port: GetPort())
};

/**
 * Add a client to a built scenario, on the scenario's radio channel, standing still.
 * \param scenario the scenario (built, not running)
 * \param mac the client's MAC
 * \param position where it stands
 * \param ssid the SSID it looks for
 * \param passphrase its WPA2 passphrase ("" for an open WLAN)
 * \return the client
 */
inline ExtraClient
AddStandingClient(const RoamingScenario& scenario,
                  Mac48Address mac,
                  Vector position,
                  const std::string& ssid,
                  const std::string& passphrase)
{
    Ptr<NetDevice> lower = scenario.GetSupplicant(0)->GetPort()->GetLowerDevice();
    Ptr<YansWifiChannel> channel =
        DynamicCast<YansWifiChannel>(DynamicCast<WifiNetDevice>(lower)->GetChannel());
    ExtraClient client;
    client.node = CreateObject<Node>();
    YansWifiPhyHelper phy;
    phy.SetChannel(channel);
    WifiHelper wifi;
    wifi.SetStandard(WIFI_STANDARD_80211a);
    wifi.SetRemoteStationManager("ns3::MinstrelWifiManager");
    WifiMacHelper wifiMac;
    wifiMac.SetType("ns3::StaWifiMac", "Ssid", SsidValue(Ssid(ssid)));
    client.station = DynamicCast<WifiNetDevice>(wifi.Install(phy, wifiMac, client.node).Get(0));
    LightweightApHelper::SetWifiAddress(client.station, mac);
    MobilityHelper mobility;
    mobility.SetMobilityModel("ns3::ConstantPositionMobilityModel");
    mobility.Install(client.node);
    client.node->GetObject<MobilityModel>()->SetPosition(position);
    WlcClientHelper helper;
    client.supplicant = helper.Install(client.node, client.station, ssid, passphrase);
    return client;
}

/**
 * Send an IPv4 packet from a client's station device, below its controlled port (as a
 * misbehaving client would: nothing on the client holds it back).
 * \param station the client's Wi-Fi device
 * \param destination the frame's destination MAC
 * \param ip the IPv4 packet
 * \return whether the device accepted it
 */
inline bool
SendBelowPort(Ptr<NetDevice> station, Mac48Address destination, const std::vector<uint8_t>& ip)
{
    return station->Send(Create<Packet>(ip.data(), ip.size()), destination, ETHERTYPE_IPV4);
}

/// \param text a string \return it quoted for /bin/sh
inline std::string
ShellQuote(const std::string& text)
{
    std::string quoted = "'";
    for (char c : text)
    {
        if (c == '\'')
        {
            quoted += "'\\''";
        }
        else
        {
            quoted += c;
        }
    }
    return quoted + "'";
}

/// What a command printed and how it ended.
struct CommandResult
{
    int exitStatus{-1}; //!< exit status (-1: did not exit normally)
    std::string output; //!< its standard output
    std::string errors; //!< its standard error
};

/**
 * Run a shell command and capture its standard output and standard error.
 * \param command the command line (quote paths with ShellQuote)
 * \return its output, errors and exit status
 */
inline CommandResult
RunCommand(const std::string& command)
{
    CommandResult result;
    char errorPath[] = "/tmp/wlc-test-stderr-XXXXXX";
    int fd = mkstemp(errorPath);
    if (fd < 0)
    {
        return result;
    }
    close(fd);
    std::string line = "( " + command + " ) 2>" + ShellQuote(errorPath);
    FILE* pipe = popen(line.c_str(), "r");
    if (pipe)
    {
        std::array<char, 4096> buffer;
        std::size_t n;
        while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        {
            result.output.append(buffer.data(), n);
        }
        int status = pclose(pipe);
        if (status != -1 && WIFEXITED(status))
        {
            result.exitStatus = WEXITSTATUS(status);
        }
    }
    std::ifstream errors(errorPath);
    result.errors.assign(std::istreambuf_iterator<char>(errors), std::istreambuf_iterator<char>());
    std::remove(errorPath);
    return result;
}

/// \param program a program name \return whether it is found in PATH
inline bool
InPath(const std::string& program)
{
    return RunCommand("command -v " + ShellQuote(program) + " >/dev/null 2>&1").exitStatus == 0;
}

/// \param text lines \return the non-empty lines
inline std::vector<std::string>
NonEmptyLines(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream stream(text);
    std::string line;
    while (std::getline(stream, line))
    {
        if (!line.empty())
        {
            lines.push_back(line);
        }
    }
    return lines;
}

/// \return the path of the module's Wireshark dissector of the mobility messages
inline std::string
MobilityDissectorPath()
{
    return (std::filesystem::path(ModuleSourceDir()) / "doc" / "wireshark" / "wlc-mobility.lua")
        .lexically_normal()
        .string();
}

/**
 * Whether this tshark runs Lua scripts at all: some installations disable them for root
 * (init.lua: run_user_scripts_when_superuser = false). A dissector that fails to load must still
 * fail a test, so the check runs a trivial script of its own.
 * \param dir a scratch directory \param pcap a capture with at least one frame
 * \param errors tshark's error output when it does not
 * \return true if the script ran
 */
inline bool
TsharkRunsLua(const std::string& dir, const std::string& pcap, std::string& errors)
{
    const std::string probe = dir + "/probe.lua";
    std::ofstream(probe) << "print(\"wlc-lua-probe-ok\")\n";
    CommandResult probed = RunCommand("tshark -X lua_script:" + ShellQuote(probe) + " -r " +
                                      ShellQuote(pcap) + " -c 1 -T fields -e frame.number");
    errors = probed.errors;
    return probed.output.find("wlc-lua-probe-ok") != std::string::npos;
}

/// One frame decoded by tshark: field name -> the field's values (every occurrence).
using TsharkRow = std::map<std::string, std::vector<std::string>>;

/**
 * Decode a capture with tshark once, keeping some fields of every frame.
 * \param tshark the command that reads the capture ("tshark -n -r FILE", with any options)
 * \param fields the tshark field names
 * \param result filled with tshark's exit status and errors
 * \return one row per frame
 */
inline std::vector<TsharkRow>
DecodeTsharkFields(const std::string& tshark,
                   const std::vector<std::string>& fields,
                   CommandResult& result)
{
    std::string command = tshark + " -T fields -E separator='|' -E occurrence=a -E aggregator=,";
    for (const std::string& field : fields)
    {
        command += " -e " + ShellQuote(field);
    }
    result = RunCommand(command);
    std::vector<TsharkRow> rows;
    for (const std::string& line : NonEmptyLines(result.output))
    {
        TsharkRow row;
        std::istringstream cells(line + "|");
        std::string cell;
        for (std::size_t i = 0; i < fields.size() && std::getline(cells, cell, '|'); ++i)
        {
            std::istringstream values(cell);
            std::string value;
            while (std::getline(values, value, ','))
            {
                row[fields[i]].push_back(value);
            }
        }
        rows.push_back(row);
    }
    return rows;
}

/// tshark's expert severity of a warning (PI_WARN).
constexpr unsigned long TSHARK_PI_WARN = 0x00600000;
/// tshark's expert severity of an error (PI_ERROR).
constexpr unsigned long TSHARK_PI_ERROR = 0x00800000;

/// \param row a frame \param field a field \param i an occurrence \return it, or ""
inline std::string
TsharkField(const TsharkRow& row, const std::string& field, std::size_t i = 0)
{
    auto it = row.find(field);
    return it == row.end() || it->second.size() <= i ? std::string() : it->second[i];
}

/// \param row a frame \param field a field \return its number of occurrences
inline std::size_t
TsharkOccurrences(const TsharkRow& row, const std::string& field)
{
    auto it = row.find(field);
    return it == row.end() ? 0 : it->second.size();
}

/// \param row a frame \param layers "a:b:c" \return whether frame.protocols contains them
inline bool
TsharkHasLayers(const TsharkRow& row, const std::string& layers)
{
    return (":" + TsharkField(row, "frame.protocols") + ":").find(":" + layers + ":") !=
           std::string::npos;
}

/// \param row a frame \return the highest expert severity tshark gave it (0: none)
inline unsigned long
TsharkSeverity(const TsharkRow& row)
{
    unsigned long highest = 0;
    auto it = row.find("_ws.expert.severity");
    for (std::size_t i = 0; it != row.end() && i < it->second.size(); ++i)
    {
        highest = std::max(highest, std::strtoul(it->second[i].c_str(), nullptr, 0));
    }
    return highest;
}

/// \param row a frame \return whether tshark marked it malformed, a Lua error or an error
inline bool
TsharkIsBad(const TsharkRow& row)
{
    return TsharkOccurrences(row, "_ws.malformed") > 0 ||
           TsharkOccurrences(row, "_ws.lua.error") > 0 || TsharkSeverity(row) >= TSHARK_PI_ERROR;
}

/**
 * A receive error model for a controller's management port that drops every CAPWAP data packet
 * carrying an 802.11 Authentication frame (UDP to 5247, the frame's byte-swapped Frame Control
 * 0x00 0xb0 after the CAPWAP header): the controller never answers an FT Authentication Request.
 */
class AuthenticationDropper : public ErrorModel
{
  public:
    /// \return the TypeId
    static TypeId GetTypeId()
    {
        static TypeId tid = TypeId("ns3::wlctest::AuthenticationDropper")
                                .SetParent<ErrorModel>()
                                .SetGroupName("Wlc");
        return tid;
    }

    /// \param dropped called with the time of each drop
    void SetDroppedCallback(std::function<void()> dropped)
    {
        m_dropped = std::move(dropped);
    }

  private:
    bool DoCorrupt(Ptr<Packet> packet) override
    {
        EthernetFrame ethernet;
        UdpDatagram udp;
        if (!ParseEthernet(Bytes(packet), ethernet) || ethernet.etherType != ETHERTYPE_IPV4 ||
            !ParseIpv4Udp(ethernet.payload, udp) || udp.destinationPort != capwap::DATA_PORT ||
            udp.payload.size() < 10)
        {
            return false;
        }
        std::size_t header = (udp.payload[1] >> 3) * 4u; // HLEN, in 4-byte words
        if (header < 8 || udp.payload.size() < header + 2 || udp.payload[header] != 0x00 ||
            udp.payload[header + 1] != 0xb0)
        {
            return false;
        }
        if (m_dropped)
        {
            m_dropped();
        }
        return true;
    }

    void DoReset() override
    {
    }

    std::function<void()> m_dropped; //!< told of drops
};

} // namespace wlctest
} // namespace ns3

#endif /* WLC_SYSTEM_TEST_FIXTURE_H */
