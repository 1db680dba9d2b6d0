/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_MOBILITY_TEST_FIXTURE_H
#define WLC_MOBILITY_TEST_FIXTURE_H

/**
 * \file
 * \ingroup wlc-tests
 * Set-up code shared by the inter-controller roaming system tests (test-only, header-only, not
 * installed): the reference roam's configuration, one function that builds a RoamingScenario,
 * records everything the roaming tests look at (the controllers' `debug mobility handoff` lines,
 * traces, client entries and show commands at chosen times, the EtherIP tunnel, the router's VLAN
 * ports, the APs' station tables, the client's DHCP leases, the traffic), runs it and returns the
 * records as plain data, and a TestCase base class with the checks that the suites share.
 */

#include "wlc-system-test-fixture.h"
#include "wlc-test-util.h"

#include "ns3/etherip-l4-protocol.h"
#include "ns3/mobility-manager.h"
#include "ns3/mobility-message.h"
#include "ns3/roam-monitor.h"
#include "ns3/test.h"
#include "ns3/wireless-lan-controller.h"

#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

/// Like WLC_REQUIRE_EQ, for actual > limit.
#define WLC_MOBTEST_REQUIRE_GT(actual, limit, msg)                                                 \
    do                                                                                             \
    {                                                                                              \
        if (!((actual) > (limit)))                                                                 \
        {                                                                                          \
            NS_TEST_EXPECT_MSG_GT(actual, limit, msg);                                             \
            return;                                                                                \
        }                                                                                          \
    } while (false)

/// Like WLC_REQUIRE_EQ, for actual >= limit.
#define WLC_MOBTEST_REQUIRE_GT_OR_EQ(actual, limit, msg)                                           \
    do                                                                                             \
    {                                                                                              \
        if (!((actual) >= (limit)))                                                                \
        {                                                                                          \
            NS_TEST_EXPECT_MSG_GT_OR_EQ(actual, limit, msg);                                       \
            return;                                                                                \
        }                                                                                          \
    } while (false)

namespace ns3
{
namespace wlctest
{

/// Management address of WLC2 (the reference's foreign controller).
inline const Ipv4Address WLC2_ADDRESS("10.99.82.1");
/// Management address of WLC3 (the third controller of RoamingScenario).
inline const Ipv4Address WLC3_ADDRESS("10.99.86.1");
/// The address the reference client gets on VLAN 81 (and keeps).
inline const Ipv4Address REFERENCE_CLIENT_IP("10.99.81.40");
/// The reference client's MAC (ab:26:96:3e:4b:ee with the group bit cleared).
inline const Mac48Address REFERENCE_CLIENT_MAC("aa:26:96:3e:4b:ee");
/// UDP port of the mobility protocol.
constexpr uint16_t MOBILITY_PORT = 16666;

/**
 * The reference roam: one AP per controller, WPA2-PSK, one client that starts next to AP001 and
 * walks along the row of APs to the last one.
 * \param controllers how many controllers (2: the reference)
 * \param walkSpeed the client's speed (m/s; 1.4 in the flagship example)
 * \return the configuration
 */
inline RoamingScenario::Config
InterControllerConfig(uint32_t controllers, double walkSpeed = 1.4)
{
    RoamingScenario::Config config;
    config.controllers = controllers;
    config.apsPerController = 1;
    config.clients = 1;
    config.security = WlanSecurity::WPA2_PSK;
    config.walkSpeed = walkSpeed;
    return config;
}

/// One `debug mobility handoff` item: a line, or a whole "Mobility packet sent to:" block.
struct DebugItem
{
    Time time;        //!< when
    std::string task; //!< the task that printed it
    std::string text; //!< the line; a block's lines joined with " | "
};

/**
 * \param line a debug line
 * \return whether it continues a "Mobility packet ..." block (the client MAC, then three spaces)
 */
inline bool
IsBlockContinuation(const std::string& line)
{
    return line.size() > 20 && line[2] == ':' && line[5] == ':' && line[14] == ':' &&
           line.compare(17, 3, "   ") == 0;
}

/// Conditions on one debug item: every string must occur in it.
using DebugStep = std::vector<std::string>;

/**
 * Find steps in order among debug items (each step in a later item than the previous one).
 * \param items the items
 * \param steps the steps
 * \param from the first item to look at
 * \param matched if not null, filled with the index of the item of each step found
 * \return the number of steps found in order (steps.size() when all are)
 */
inline std::size_t
MatchInOrder(const std::vector<DebugItem>& items,
             const std::vector<DebugStep>& steps,
             std::size_t from = 0,
             std::vector<std::size_t>* matched = nullptr)
{
    std::size_t found = 0;
    for (std::size_t i = from; i < items.size() && found < steps.size(); ++i)
    {
        bool all = true;
        for (const std::string& part : steps[found])
        {
            all = all && items[i].text.find(part) != std::string::npos;
        }
        if (all)
        {
            if (matched)
            {
                matched->push_back(i);
            }
            ++found;
        }
    }
    return found;
}

/**
 * \param items debug items
 * \param parts strings
 * \param from window start \param to window end
 * \return how many items in [from, to) contain every string
 */
inline std::size_t
CountItems(const std::vector<DebugItem>& items,
           const DebugStep& parts,
           Time from = Seconds(0),
           Time to = Time::Max())
{
    std::size_t n = 0;
    for (const DebugItem& item : items)
    {
        bool all = item.time >= from && item.time < to;
        for (const std::string& part : parts)
        {
            all = all && item.text.find(part) != std::string::npos;
        }
        n += all;
    }
    return n;
}

/**
 * \param items debug items \param since the first time to print
 * \return them as a log, for failure messages
 */
inline std::string
DebugText(const std::vector<DebugItem>& items, Time since = Seconds(0))
{
    std::ostringstream os;
    for (const DebugItem& item : items)
    {
        if (item.time >= since)
        {
            os << "\n    " << item.time.GetSeconds() << " *" << item.task << ": " << item.text;
        }
    }
    return os.str();
}

/// \param steps debug steps \return them as text, for failure messages
inline std::string
StepsText(const std::vector<DebugStep>& steps)
{
    std::ostringstream os;
    for (std::size_t i = 0; i < steps.size(); ++i)
    {
        os << "\n    " << i << ":";
        for (const std::string& part : steps[i])
        {
            os << " [" << part << "]";
        }
    }
    return os.str();
}

/// A frame seen on a router port or inside the EtherIP tunnel, with the fields the tests use.
struct FrameInfo
{
    Time time;                       //!< when
    Mac48Address destination;        //!< Ethernet destination
    Mac48Address source;             //!< Ethernet source
    uint16_t etherType{0};           //!< EtherType
    bool ipv4{false};                //!< an IPv4 packet
    Ipv4Address ipSource;            //!< IPv4 source
    Ipv4Address ipDestination;       //!< IPv4 destination
    uint8_t ipProtocol{0};           //!< IPv4 protocol
    bool udp{false};                 //!< a UDP datagram
    uint16_t sourcePort{0};          //!< UDP source port
    uint16_t destinationPort{0};     //!< UDP destination port
    std::vector<uint8_t> udpPayload; //!< the UDP payload (mobility messages only)
};

/**
 * Fill the IPv4/UDP fields of a frame.
 * \param ip the Ethernet payload \param info the frame
 */
inline void
ParseIpPart(const std::vector<uint8_t>& ip, FrameInfo& info)
{
    if (info.etherType != ETHERTYPE_IPV4 || ip.size() < 20 || (ip[0] >> 4) != 4)
    {
        return;
    }
    ByteReader reader(ip);
    reader.Skip(9);
    info.ipProtocol = reader.ReadU8();
    reader.Skip(2);
    info.ipSource = reader.ReadIpv4();
    info.ipDestination = reader.ReadIpv4();
    info.ipv4 = reader.IsOk();
    UdpDatagram udp;
    if (ParseIpv4Udp(ip, udp))
    {
        info.udp = true;
        info.sourcePort = udp.sourcePort;
        info.destinationPort = udp.destinationPort;
        if (udp.destinationPort == MOBILITY_PORT || udp.sourcePort == MOBILITY_PORT)
        {
            info.udpPayload = udp.payload;
        }
    }
}

/// \param bytes an Ethernet frame (header, payload, FCS) \return its fields
inline FrameInfo
ParseWireFrame(const std::vector<uint8_t>& bytes)
{
    FrameInfo info;
    info.time = Simulator::Now();
    EthernetFrame ethernet;
    if (!ParseEthernet(bytes, ethernet))
    {
        return info;
    }
    info.destination = ethernet.destination;
    info.source = ethernet.source;
    info.etherType = ethernet.etherType;
    ParseIpPart(ethernet.payload, info);
    return info;
}

/// \param bytes an EtherIP packet (2-byte header, Ethernet frame without FCS) \return its frame
inline FrameInfo
ParseEtherIp(const std::vector<uint8_t>& bytes)
{
    FrameInfo info;
    info.time = Simulator::Now();
    if (bytes.size() < 16)
    {
        return info;
    }
    EthernetFrame ethernet;
    if (!ParseEthernet(std::vector<uint8_t>(bytes.begin() + 2, bytes.end()), ethernet))
    {
        return info;
    }
    info.destination = ethernet.destination;
    info.source = ethernet.source;
    info.etherType = ethernet.etherType;
    ParseIpPart(ethernet.payload, info);
    return info;
}

/// A condition on a frame.
using FramePredicate = std::function<bool(const FrameInfo&)>;

/**
 * \param frames frames \param predicate a condition
 * \param from window start \param to window end
 * \return how many frames in [from, to) meet it
 */
inline std::size_t
CountFrames(const std::vector<FrameInfo>& frames,
            const FramePredicate& predicate,
            Time from = Seconds(0),
            Time to = Time::Max())
{
    std::size_t n = 0;
    for (const FrameInfo& frame : frames)
    {
        n += frame.time >= from && frame.time < to && predicate(frame);
    }
    return n;
}

/// \param client the client's address \return a predicate: server-to-client traffic
inline FramePredicate
IsDownlink(Ipv4Address client)
{
    return [client](const FrameInfo& f) {
        return f.udp && f.destinationPort == DOWNLINK_PORT && f.ipDestination == client;
    };
}

/// \param client the client's address \return a predicate: client-to-server traffic
inline FramePredicate
IsUplink(Ipv4Address client)
{
    return [client](const FrameInfo& f) {
        return f.udp && f.destinationPort == UPLINK_PORT && f.ipSource == client;
    };
}

/// \param type a mobility message type \return a predicate: a mobility message of that type
inline FramePredicate
IsMobilityMessage(uint8_t type)
{
    return [type](const FrameInfo& f) {
        return f.udp && f.destinationPort == MOBILITY_PORT && !f.udpPayload.empty() &&
               f.udpPayload[0] == type;
    };
}

/// A client entry and the CLI's view of it at one time.
struct EntrySnapshot
{
    Time time{Seconds(-1)};        //!< when it was taken (-1: never)
    bool present{false};           //!< the controller had an entry for the client
    ClientEntry entry;             //!< the entry
    std::string detail;            //!< `show client detail <mac>`
    std::string summary;           //!< `show client summary`
    std::string mobilitySummary;   //!< `show mobility summary`
    std::set<Ipv4Address> upPeers; //!< members that were up
};

/// A MobilityRoleChanged trace.
struct RoleChange
{
    Time time;         //!< when
    MobilityRole from; //!< old role
    MobilityRole to;   //!< new role
    Ipv4Address peer;  //!< its peer
};

/// A MobilityHandoffCompleted trace.
struct HandoffEvent
{
    Time time;          //!< when
    MobilityRole role;  //!< the client's role here now
    Ipv4Address from;   //!< who handed it off (0.0.0.0: nobody answered)
    Time duration;      //!< the exchange's duration
    bool layer3{false}; //!< an inter-subnet roam
};

/// Everything recorded about one controller (for the reference client).
struct ControllerRecord
{
    std::string name;                                         //!< its name
    Ipv4Address address;                                      //!< its management address
    EntrySnapshot before;                                     //!< at MobilityRunOptions::beforeAt
    EntrySnapshot after;                                      //!< at MobilityRunOptions::afterAt
    EntrySnapshot end;                                        //!< at the end of the run
    std::vector<DebugItem> debug;                             //!< its debug items
    std::vector<RoleChange> roles;                            //!< the client's role changes
    std::vector<HandoffEvent> handoffs;                       //!< the client's exchanges here
    std::vector<std::pair<Time, std::string>> removed;        //!< the client's removals
    std::vector<std::pair<Time, PemState>> pem;               //!< the client's PEM states
    std::vector<std::tuple<Time, Ipv4Address, bool>> members; //!< member up/down changes
    std::vector<FrameInfo> tunnelTx;                          //!< EtherIP frames sent
    std::vector<FrameInfo> tunnelRx;                          //!< EtherIP frames received
    std::map<std::string, uint64_t> mobilityDrops;            //!< MobilityManager::GetDrops()
    std::map<std::string, uint64_t> dataPlaneDrops;           //!< WlcDataPlane::GetDrops()
    std::map<std::string, uint64_t> etherIpDrops;             //!< EtherIpL4Protocol::GetDrops()
};

/// What one AP did with the reference client.
struct ApRecord
{
    std::string name;          //!< its name
    std::vector<Time> added;   //!< Add Station for the client
    std::vector<Time> deleted; //!< Delete Station for the client
    bool hasStation{false};    //!< the client is in its station table at the end
};

/// What to record and when.
struct MobilityRunOptions
{
    Time beforeAt{Seconds(-1)};        //!< first snapshot (negative: walk start - 1 s)
    Time afterAt{Seconds(-1)};         //!< second snapshot (negative: stop time - 1 s)
    Time window{Seconds(10)};          //!< traffic window at the end of the run
    std::vector<uint16_t> routerVlans; //!< router ports to record
    std::string pcapPrefix;            //!< non-empty: RoamingScenario::EnablePcap
    /// Called after Build(), before Run(), to add test-specific parts.
    std::function<void(RoamingScenario&)> setup;
    /// Called after Run(), before Simulator::Destroy(), to collect test-specific results.
    std::function<void(RoamingScenario&)> finish;
};

/// Everything recorded in one run, as plain data (the simulation is gone).
struct MobilityRunResult
{
    Mac48Address client;                                   //!< the reference client
    Time walkStart;                                        //!< when it started walking
    Time stop;                                             //!< end of the run
    Time windowStart;                                      //!< start of the traffic window
    std::vector<ControllerRecord> wlcs;                    //!< per controller
    std::vector<ApRecord> aps;                             //!< per AP
    std::vector<std::pair<Time, Ipv4Address>> leases;      //!< the client's DHCP leases
    Ipv4Address finalAddress;                              //!< its address at the end
    std::vector<RoamRecord> roams;                         //!< RoamMonitor::GetRoams()
    std::string roamSummary;                               //!< RoamMonitor::PrintSummary()
    std::string csv;                                       //!< RoamMonitor::WriteCsv()
    std::string traffic;                                   //!< traffic summary
    uint64_t downSent{0};                                  //!< downlink sent in the window
    uint64_t upSent{0};                                    //!< uplink sent in the window
    uint64_t downReceived{0};                              //!< downlink received in the window
    uint64_t upReceived{0};                                //!< uplink received in the window
    uint64_t downReceivedTotal{0};                         //!< downlink received in the run
    uint64_t upReceivedTotal{0};                           //!< uplink received in the run
    std::map<uint16_t, std::vector<FrameInfo>> routerPort; //!< frames on router ports, by VLAN
    std::map<uint16_t, Mac48Address> routerMac;            //!< the router's MAC on each VLAN
};

/**
 * \param vlan a VLAN \param host a host number \return 10.99.<vlan>.<host>
 */
inline Ipv4Address
CampusAddress(uint16_t vlan, uint8_t host)
{
    return Ipv4Address((10u << 24) | (99u << 16) | (uint32_t(vlan) << 8) | host);
}

/**
 * The router's port on a VLAN of a built scenario.
 * \param scenario the scenario
 * \param config its configuration
 * \param vlan a management or client VLAN of one of its controllers
 * \return the router's device on that VLAN (nullptr if the VLAN is not found)
 */
inline Ptr<NetDevice>
RouterPort(const RoamingScenario& scenario, const RoamingScenario::Config& config, uint16_t vlan)
{
    std::vector<RoamingScenario::ControllerSpec> specs =
        config.controllerSpecs.empty()
            ? RoamingScenario::ReferenceControllers(config.controllers, config.sameVlan)
            : config.controllerSpecs;
    for (uint32_t k = 0; k < specs.size(); ++k)
    {
        Ptr<WirelessLanController> wlc = scenario.GetController(k);
        for (const std::string& name : {std::string("management"), specs[k].interfaceName})
        {
            const WlcInterface* interface = wlc->GetInterface(name);
            if (interface && interface->vlan == vlan)
            {
                return DeviceWithAddress(VlanChannel(wlc, name), CampusAddress(vlan, 254));
            }
        }
    }
    return nullptr;
}

/**
 * Take a snapshot of a controller's view of a client.
 * \param wlc the controller \param client the client \return the snapshot
 */
inline EntrySnapshot
TakeSnapshot(Ptr<WirelessLanController> wlc, Mac48Address client)
{
    EntrySnapshot snapshot;
    snapshot.time = Simulator::Now();
    if (const ClientEntry* entry = wlc->GetClients().Find(client))
    {
        snapshot.present = true;
        snapshot.entry = *entry;
    }
    snapshot.detail = wlc->ShowClientDetail(client);
    snapshot.summary = wlc->ShowClientSummary();
    snapshot.mobilitySummary = wlc->ShowMobilitySummary();
    Ptr<MobilityManager> manager = wlc->GetMobility()->GetManager();
    for (const auto& [ip, member] : manager->GetMembers())
    {
        if (manager->IsMemberUp(ip))
        {
            snapshot.upPeers.insert(ip);
        }
    }
    return snapshot;
}

/**
 * Build a scenario, record everything about its first client, run it, and destroy it.
 * \param config the scenario
 * \param options what to record
 * \return the records
 */
inline MobilityRunResult
RunMobilityScenario(const RoamingScenario::Config& config,
                    const MobilityRunOptions& options = MobilityRunOptions())
{
    MobilityRunResult result;
    {
        RoamingScenario scenario(config);
        scenario.Build();
        if (!options.pcapPrefix.empty())
        {
            scenario.EnablePcap(options.pcapPrefix);
        }
        const Mac48Address client = scenario.GetClientMac(0);
        result.client = client;
        result.walkStart = scenario.GetWalkStart();
        result.stop = scenario.GetStopTime();
        result.windowStart = result.stop - options.window;
        result.wlcs.resize(config.controllers);
        for (uint32_t k = 0; k < config.controllers; ++k)
        {
            Ptr<WirelessLanController> wlc = scenario.GetController(k);
            ControllerRecord& record = result.wlcs[k];
            record.name = wlc->GetName();
            record.address = wlc->GetManagementAddress();
            Ptr<MobilityManager> manager = wlc->GetMobility()->GetManager();
            manager->TraceConnectWithoutContext(
                "DebugLine",
                Callback<void, const std::string&, const std::string&>(
                    [&record](const std::string& task, const std::string& line) {
                        if (!record.debug.empty() && IsBlockContinuation(line) &&
                            record.debug.back().text.find("Mobility packet ") != std::string::npos)
                        {
                            record.debug.back().text += " | " + line.substr(20);
                            return;
                        }
                        record.debug.push_back({Simulator::Now(), task, line});
                    }));
            manager->TraceConnectWithoutContext(
                "MemberStateChanged",
                Callback<void, Ipv4Address, bool>([&record](Ipv4Address member, bool up) {
                    record.members.emplace_back(Simulator::Now(), member, up);
                }));
            wlc->TraceConnectWithoutContext(
                "MobilityRoleChanged",
                Callback<void, Mac48Address, MobilityRole, MobilityRole, Ipv4Address>(
                    [&record, client](Mac48Address mac,
                                      MobilityRole from,
                                      MobilityRole to,
                                      Ipv4Address peer) {
                        if (mac == client)
                        {
                            record.roles.push_back({Simulator::Now(), from, to, peer});
                        }
                    }));
            wlc->TraceConnectWithoutContext(
                "MobilityHandoffCompleted",
                Callback<void,
                         Mac48Address,
                         MobilityRole,
                         Ipv4Address,
                         Time,
                         bool>([&record, client](Mac48Address mac,
                                                 MobilityRole role,
                                                 Ipv4Address from,
                                                 Time duration,
                                                 bool layer3) {
                    if (mac == client)
                    {
                        record.handoffs.push_back({Simulator::Now(), role, from, duration, layer3});
                    }
                }));
            wlc->TraceConnectWithoutContext(
                "ClientRemoved",
                Callback<void, Mac48Address, const std::string&>(
                    [&record, client](Mac48Address mac, const std::string& reason) {
                        if (mac == client)
                        {
                            record.removed.emplace_back(Simulator::Now(), reason);
                        }
                    }));
            wlc->TraceConnectWithoutContext(
                "PemStateChanged",
                Callback<void, Mac48Address, PemState, PemState>(
                    [&record, client](Mac48Address mac, PemState, PemState state) {
                        if (mac == client)
                        {
                            record.pem.emplace_back(Simulator::Now(), state);
                        }
                    }));
            Ptr<EtherIpL4Protocol> etherIp = EtherIpL4Protocol::GetOrInstall(wlc->GetNode());
            etherIp->TraceConnectWithoutContext(
                "Tx",
                Callback<void, Ptr<const Packet>>([&record](Ptr<const Packet> packet) {
                    record.tunnelTx.push_back(ParseEtherIp(Bytes(packet)));
                }));
            etherIp->TraceConnectWithoutContext(
                "Rx",
                Callback<void, Ptr<const Packet>>([&record](Ptr<const Packet> packet) {
                    record.tunnelRx.push_back(ParseEtherIp(Bytes(packet)));
                }));
        }
        result.aps.resize(scenario.GetNAps());
        for (uint32_t i = 0; i < scenario.GetNAps(); ++i)
        {
            ApRecord& ap = result.aps[i];
            ap.name = scenario.GetWtp(i)->GetName();
            scenario.GetWtp(i)->TraceConnectWithoutContext(
                "StationAdded",
                Callback<void, Mac48Address>([&ap, client](Mac48Address mac) {
                    if (mac == client)
                    {
                        ap.added.push_back(Simulator::Now());
                    }
                }));
            scenario.GetWtp(i)->TraceConnectWithoutContext(
                "StationDeleted",
                Callback<void, Mac48Address>([&ap, client](Mac48Address mac) {
                    if (mac == client)
                    {
                        ap.deleted.push_back(Simulator::Now());
                    }
                }));
        }
        WlcClientHelper::GetDhcpClient(scenario.GetClient(0))
            ->TraceConnectWithoutContext(
                "NewLease",
                Callback<void, const Ipv4Address&>([&result](const Ipv4Address& address) {
                    result.leases.emplace_back(Simulator::Now(), address);
                }));
        for (uint16_t vlan : options.routerVlans)
        {
            Ptr<NetDevice> port = RouterPort(scenario, config, vlan);
            NS_ABORT_MSG_UNLESS(port, "no router port on VLAN " << vlan);
            result.routerMac[vlan] = Mac48Address::ConvertFrom(port->GetAddress());
            std::vector<FrameInfo>& frames = result.routerPort[vlan];
            port->TraceConnectWithoutContext(
                "PromiscSniffer",
                Callback<void, Ptr<const Packet>>([&frames](Ptr<const Packet> packet) {
                    frames.push_back(ParseWireFrame(Bytes(packet)));
                }));
        }
        TxCounter downSent;
        downSent.Watch(scenario.GetServer(), DOWNLINK_PORT);
        TxCounter upSent;
        upSent.Watch(scenario.GetClient(0), UPLINK_PORT);
        Time beforeAt =
            options.beforeAt.IsNegative() ? result.walkStart - Seconds(1) : options.beforeAt;
        Time afterAt = options.afterAt.IsNegative() ? result.stop - Seconds(1) : options.afterAt;
        for (uint32_t k = 0; k < config.controllers; ++k)
        {
            Ptr<WirelessLanController> wlc = scenario.GetController(k);
            ControllerRecord& record = result.wlcs[k];
            Simulator::Schedule(beforeAt, [&record, wlc, client]() {
                record.before = TakeSnapshot(wlc, client);
            });
            Simulator::Schedule(afterAt, [&record, wlc, client]() {
                record.after = TakeSnapshot(wlc, client);
            });
        }
        uint64_t downAtWindow = 0;
        uint64_t upAtWindow = 0;
        Simulator::Schedule(result.windowStart, [&]() {
            downAtWindow = scenario.GetDownlinkReceived(0);
            upAtWindow = scenario.GetUplinkReceived(0);
        });
        if (options.setup)
        {
            options.setup(scenario);
        }
        scenario.Run();

        result.roams = scenario.GetRoamMonitor()->GetRoams();
        std::ostringstream summary;
        scenario.GetRoamMonitor()->PrintSummary(summary);
        result.roamSummary = summary.str();
        std::ostringstream csv;
        scenario.GetRoamMonitor()->WriteCsv(csv);
        result.csv = csv.str();
        result.finalAddress = scenario.GetClientAddress(0);
        result.downReceivedTotal = scenario.GetDownlinkReceived(0);
        result.upReceivedTotal = scenario.GetUplinkReceived(0);
        result.downReceived = result.downReceivedTotal - downAtWindow;
        result.upReceived = result.upReceivedTotal - upAtWindow;
        result.downSent = downSent.Between(result.windowStart, result.stop);
        result.upSent = upSent.Between(result.windowStart, result.stop);
        std::ostringstream traffic;
        scenario.PrintTraffic(traffic);
        traffic << "  last " << options.window.GetSeconds() << " s: downlink "
                << result.downReceived << "/" << result.downSent << ", uplink " << result.upReceived
                << "/" << result.upSent;
        result.traffic = traffic.str();
        for (uint32_t k = 0; k < config.controllers; ++k)
        {
            Ptr<WirelessLanController> wlc = scenario.GetController(k);
            ControllerRecord& record = result.wlcs[k];
            record.end = TakeSnapshot(wlc, client);
            record.mobilityDrops = wlc->GetMobility()->GetManager()->GetDrops();
            record.dataPlaneDrops = wlc->GetDataPlane()->GetDrops();
            record.etherIpDrops = EtherIpL4Protocol::GetOrInstall(wlc->GetNode())->GetDrops();
        }
        for (uint32_t i = 0; i < scenario.GetNAps(); ++i)
        {
            result.aps[i].hasStation = scenario.GetWtp(i)->GetStations().count(client) > 0;
        }
        if (options.finish)
        {
            options.finish(scenario);
        }
        // every recorder is still alive while the simulation is torn down
        Simulator::Destroy();
    }
    return result;
}

/**
 * \param summary `show client summary`
 * \param client a client
 * \return the cells of the client's row (MAC, AP name, status, WLAN, auth, protocol, port,
 *         wired), empty if it has no row
 */
inline std::vector<std::string>
SummaryRow(const std::string& summary, Mac48Address client)
{
    std::ostringstream mac;
    mac << client;
    std::istringstream lines(summary);
    std::string line;
    while (std::getline(lines, line))
    {
        std::istringstream cells(line);
        std::vector<std::string> row;
        std::string cell;
        while (cells >> cell)
        {
            row.push_back(cell);
        }
        if (!row.empty() && row[0] == mac.str())
        {
            return row;
        }
    }
    return {};
}

/**
 * \param csv RoamMonitor::WriteCsv output
 * \return one map (column -> cell) per data row
 */
inline std::vector<std::map<std::string, std::string>>
CsvRows(const std::string& csv)
{
    std::vector<std::vector<std::string>> lines = wlctest::CsvCells(csv);
    std::vector<std::map<std::string, std::string>> rows;
    for (std::size_t i = 1; i < lines.size(); ++i)
    {
        std::map<std::string, std::string> row;
        for (std::size_t c = 0; c < lines[0].size() && c < lines[i].size(); ++c)
        {
            row[lines[0][c]] = lines[i][c];
        }
        rows.push_back(row);
    }
    return rows;
}

/// \param value something printable \return its text
template <typename T>
std::string
ToText(const T& value)
{
    std::ostringstream os;
    os << value;
    return os.str();
}

/// \param leases DHCP leases \return them as text
inline std::string
LeasesText(const std::vector<std::pair<Time, Ipv4Address>>& leases)
{
    std::ostringstream os;
    for (const auto& [time, address] : leases)
    {
        os << " " << address << "@" << time.GetSeconds() << "s";
    }
    return os.str();
}

/// \param roles role changes \return them as text
inline std::string
RolesText(const std::vector<RoleChange>& roles)
{
    std::ostringstream os;
    for (const RoleChange& r : roles)
    {
        os << " " << MobilityRoleName(r.from) << "->" << MobilityRoleName(r.to) << "(" << r.peer
           << ")@" << r.time.GetSeconds() << "s";
    }
    return os.str();
}

/// \param drops drops by reason \param part a string \return drops whose reason contains it
inline uint64_t
DropsContaining(const std::map<std::string, uint64_t>& drops, const std::string& part)
{
    uint64_t n = 0;
    for (const auto& [reason, count] : drops)
    {
        n += reason.find(part) != std::string::npos ? count : 0;
    }
    return n;
}

/**
 * A TestCase with the checks that the roaming suites share. The checks report failures and go
 * on; those returning bool say whether what later checks need is there.
 */
class MobilityTestCase : public TestCase
{
  public:
    /// \param name the test case's name
    explicit MobilityTestCase(const std::string& name)
        : TestCase(name)
    {
    }

  protected:
    /**
     * The dotted lines of a `show client detail`.
     * \param detail the output
     * \param fields label -> expected value ("<missing>": the line must be absent)
     * \param what the context, for messages
     */
    void ExpectDetail(const std::string& detail,
                      const std::vector<std::pair<std::string, std::string>>& fields,
                      const std::string& what)
    {
        for (const auto& [label, value] : fields)
        {
            NS_TEST_EXPECT_MSG_EQ(ShowValue(detail, label),
                                  value,
                                  what << ": '" << label << "' in\n"
                                       << detail);
        }
    }

    /**
     * The client's row in `show client summary`.
     * \param summary the output \param client the client
     * \param apColumn the expected "AP Name" cell \param protocol the expected "Protocol" cell
     *        ("" to skip) \param what the context
     */
    void ExpectSummaryRow(const std::string& summary,
                          Mac48Address client,
                          const std::string& apColumn,
                          const std::string& protocol,
                          const std::string& what)
    {
        std::vector<std::string> row = SummaryRow(summary, client);
        NS_TEST_EXPECT_MSG_EQ(ShowValue(summary, "Number of Clients"),
                              "1",
                              what << "\n"
                                   << summary);
        NS_TEST_EXPECT_MSG_EQ(row.size(), 8, what << ": the client's summary row in\n" << summary);
        if (row.size() != 8)
        {
            return;
        }
        NS_TEST_EXPECT_MSG_EQ(row[1], apColumn, what << ": AP Name column in\n" << summary);
        NS_TEST_EXPECT_MSG_EQ(row[2], "Associated", what << ": Status column in\n" << summary);
        NS_TEST_EXPECT_MSG_EQ(row[3], "8", what << ": WLAN column in\n" << summary);
        NS_TEST_EXPECT_MSG_EQ(row[4], "Yes", what << ": Auth column in\n" << summary);
        if (!protocol.empty())
        {
            NS_TEST_EXPECT_MSG_EQ(row[5], protocol, what << ": Protocol column in\n" << summary);
        }
    }

    /**
     * A controller has no entry for the client.
     * \param snapshot its snapshot \param client the client \param what the context
     */
    void ExpectNoEntry(const EntrySnapshot& snapshot, Mac48Address client, const std::string& what)
    {
        NS_TEST_EXPECT_MSG_EQ(snapshot.time.IsNegative(), false, what << ": no snapshot taken");
        NS_TEST_EXPECT_MSG_EQ(snapshot.present, false, what << ": entry " << snapshot.entry);
        NS_TEST_EXPECT_MSG_EQ(snapshot.detail,
                              "Incorrect client MAC address\n",
                              what << ": show client detail");
        NS_TEST_EXPECT_MSG_EQ(SummaryRow(snapshot.summary, client).size(),
                              0,
                              what << ": summary row in\n"
                                   << snapshot.summary);
    }

    /**
     * The client kept one address all along: every DHCP lease gave it, and it has it at the end.
     * \param r the run \param ip the address
     */
    void ExpectAddressKept(const MobilityRunResult& r, Ipv4Address ip)
    {
        NS_TEST_EXPECT_MSG_GT_OR_EQ(r.leases.size(), 1, "DHCP leases:" << LeasesText(r.leases));
        for (const auto& [time, address] : r.leases)
        {
            NS_TEST_EXPECT_MSG_EQ(address,
                                  ip,
                                  "lease at " << time.GetSeconds()
                                              << " s; leases:" << LeasesText(r.leases));
        }
        NS_TEST_EXPECT_MSG_EQ(r.finalAddress, ip, "the client's address at the end");
    }

    /**
     * Traffic flowed both ways in the window at the end of the run: at least minFraction of what
     * was sent each way arrived, and the senders ran the whole window but its last second.
     * \param r the run \param minFraction the share that must arrive
     */
    void ExpectTraffic(const MobilityRunResult& r, double minFraction = 0.95)
    {
        double seconds = (r.stop - r.windowStart - Seconds(1)).GetSeconds();
        auto expected = static_cast<uint64_t>(seconds / 0.02 * 0.98);
        NS_TEST_EXPECT_MSG_GT_OR_EQ(r.downSent, expected, "downlink sent; " << r.traffic);
        NS_TEST_EXPECT_MSG_GT_OR_EQ(r.upSent, expected, "uplink sent; " << r.traffic);
        NS_TEST_EXPECT_MSG_GT_OR_EQ(double(r.downReceived),
                                    minFraction * double(r.downSent),
                                    "downlink received; " << r.traffic);
        NS_TEST_EXPECT_MSG_GT_OR_EQ(double(r.upReceived),
                                    minFraction * double(r.upSent),
                                    "uplink received; " << r.traffic);
    }

    /**
     * Steps in order in a controller's debug items.
     * \param record the controller \param steps the steps \param what the context
     * \param from the first item to look at
     * \return the index after the item of the last step (0 if not all were found)
     */
    std::size_t ExpectDebugSequence(const ControllerRecord& record,
                                    const std::vector<DebugStep>& steps,
                                    const std::string& what,
                                    std::size_t from = 0)
    {
        std::vector<std::size_t> matched;
        std::size_t found = MatchInOrder(record.debug, steps, from, &matched);
        Time since = from < record.debug.size() ? record.debug[from].time : Seconds(0);
        NS_TEST_EXPECT_MSG_EQ(found,
                              steps.size(),
                              what << ": " << record.name << " debug steps found in order: "
                                   << found << " of" << StepsText(steps)
                                   << "\n  in:" << DebugText(record.debug, since));
        return found == steps.size() ? matched.back() + 1 : 0;
    }

    /**
     * Every step somewhere in a controller's debug items at or after an index, in any order.
     * \param record the controller \param steps the steps \param what the context
     * \param from the first item to look at
     */
    void ExpectDebugItems(const ControllerRecord& record,
                          const std::vector<DebugStep>& steps,
                          const std::string& what,
                          std::size_t from = 0)
    {
        Time since = from < record.debug.size() ? record.debug[from].time : Seconds(0);
        for (const DebugStep& step : steps)
        {
            NS_TEST_EXPECT_MSG_EQ(MatchInOrder(record.debug, {step}, from),
                                  1,
                                  what << ": " << record.name << " has no debug item with"
                                       << StepsText({step})
                                       << "\n  in:" << DebugText(record.debug, since));
        }
    }
};

/// \param record a controller \return the index of its first debug item at or after a time
inline std::size_t
FirstItemAt(const ControllerRecord& record, Time time)
{
    for (std::size_t i = 0; i < record.debug.size(); ++i)
    {
        if (record.debug[i].time >= time)
        {
            return i;
        }
    }
    return record.debug.size();
}

} // namespace wlctest
} // namespace ns3

#endif /* WLC_MOBILITY_TEST_FIXTURE_H */
