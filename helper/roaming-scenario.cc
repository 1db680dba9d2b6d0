/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "roaming-scenario.h"

#include "lightweight-ap-helper.h"
#include "roaming-helper.h"
#include "wlc-client-helper.h"
#include "wlc-helper.h"

#include "ns3/abort.h"
#include "ns3/boolean.h"
#include "ns3/constant-velocity-mobility-model.h"
#include "ns3/dhcp-client.h"
#include "ns3/dhcp-helper.h"
#include "ns3/flow-monitor-helper.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv4-static-routing-helper.h"
#include "ns3/ipv4.h"
#include "ns3/log.h"
#include "ns3/mobility-helper.h"
#include "ns3/radius-server.h"
#include "ns3/simulator.h"
#include "ns3/ssid.h"
#include "ns3/string.h"
#include "ns3/udp-client-server-helper.h"
#include "ns3/udp-server.h"
#include "ns3/uinteger.h"
#include "ns3/wifi-helper.h"
#include "ns3/wifi-mac-helper.h"
#include "ns3/wifi-net-device.h"

#include <algorithm>
#include <iomanip>
#include <limits>
#include <set>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("RoamingScenario");

namespace
{

/// Server LAN: the server and the router.
constexpr uint16_t SERVER_VLAN = 10;
/// UDP port of the downlink sinks (on the clients).
constexpr uint16_t DOWNLINK_PORT = 5000;
/// First UDP port of the uplink sinks (on the server), one per client.
constexpr uint16_t UPLINK_PORT = 6000;

/// \param vlan a VLAN \param host a host number \return 10.99.<vlan>.<host>
Ipv4Address
VlanAddress(uint16_t vlan, uint8_t host)
{
    return Ipv4Address((10u << 24) | (99u << 16) | (uint32_t(vlan) << 8) | host);
}

/// \param channel a 5 GHz channel \return the WifiPhy ChannelSettings that put a PHY there
std::string
ChannelSettings(uint16_t channel)
{
    NS_ABORT_MSG_IF(channel <= 14,
                    "RoamingScenario: apChannels are 5 GHz channels (the scenario is 802.11a); "
                    "got channel "
                        << channel);
    return "{" + std::to_string(channel) + ", 0, BAND_5GHZ, 0}";
}

/// AP identities of the reference (AP001, AP002); others are generated. The reference's AP001
/// MAC ab:22:bd:98:3a:30 has the group bit set, which no device can have: its first octet is
/// written with the bit cleared (aa:...).
struct ApIdentity
{
    std::string ethernet; //!< wired MAC
    std::string bssid;    //!< radio MAC
};

/// \param i AP index \return its identity
ApIdentity
ApMacs(uint32_t i)
{
    if (i == 0)
    {
        return {"aa:22:bd:98:3a:30", "00:22:bd:98:3a:38"};
    }
    if (i == 1)
    {
        return {"00:3a:99:14:13:70", "00:3a:99:14:13:77"};
    }
    std::ostringstream ethernet;
    std::ostringstream bssid;
    ethernet << "02:00:00:00:" << std::hex << std::setw(2) << std::setfill('0') << i << ":00";
    bssid << "02:00:00:00:" << std::hex << std::setw(2) << std::setfill('0') << i << ":07";
    return {ethernet.str(), bssid.str()};
}

} // namespace

RoamingScenario::RoamingScenario(const Config& config)
    : m_config(config),
      m_monitor(CreateObject<RoamMonitor>())
{
    NS_ABORT_MSG_IF(config.controllers < 1 || config.apsPerController < 1 || config.clients < 1,
                    "RoamingScenario: needs at least one controller, one AP and one client");
    NS_ABORT_MSG_IF(config.walkSpeed <= 0, "RoamingScenario: walkSpeed must be positive");
}

uint32_t
RoamingScenario::Segment(uint16_t vlan)
{
    for (uint32_t i = 0; i < m_vlans.size(); ++i)
    {
        if (m_vlans[i] == vlan)
        {
            return i;
        }
    }
    m_vlans.push_back(vlan);
    m_segments.push_back(CreateObject<CsmaChannel>());
    m_segments.back()->SetAttribute("DataRate", StringValue("1Gbps"));
    m_segments.back()->SetAttribute("Delay", TimeValue(MicroSeconds(5)));
    return static_cast<uint32_t>(m_vlans.size() - 1);
}

Ptr<NetDevice>
RoamingScenario::Attach(Ptr<Node> node, uint16_t vlan, Ipv4Address address)
{
    Ptr<NetDevice> device = m_csma.Install(node, m_segments[Segment(vlan)]).Get(0);
    if (node == m_router)
    {
        m_routerPorts[vlan] = device;
    }
    if (address != Ipv4Address())
    {
        Ptr<Ipv4> ipv4 = node->GetObject<Ipv4>();
        int32_t index = ipv4->AddInterface(device);
        ipv4->AddAddress(index, Ipv4InterfaceAddress(address, Ipv4Mask("255.255.255.0")));
        ipv4->SetUp(index);
    }
    return device;
}

void
RoamingScenario::Build()
{
    BuildWiredNetwork();
    BuildControllers();
    BuildClients();
    double distance = m_config.apSpacing * (GetNAps() - 1) - 5 - m_config.clientStart;
    if (m_config.resetAt.IsStrictlyPositive())
    {
        // `config ap reset AP001` on its controller, as in the reference
        Ptr<WirelessLanController> wlc = m_controllers.front();
        Simulator::Schedule(m_config.resetAt, [wlc]() { wlc->ResetAp("AP001"); });
        m_stopTime = m_config.resetAt + Seconds(20);
        return;
    }
    double walk = distance / m_config.walkSpeed * (m_config.roamBack ? 2 : 1);
    m_stopTime = m_config.walkStart + Seconds(walk) + Seconds(15);
}

void
RoamingScenario::BuildWiredNetwork()
{
    m_router = CreateObject<Node>();
    m_server = CreateObject<Node>();
    InternetStackHelper internet;
    internet.Install(m_router);
    internet.Install(m_server);
    Attach(m_router, SERVER_VLAN, VlanAddress(SERVER_VLAN, 254));
    Attach(m_server, SERVER_VLAN, VlanAddress(SERVER_VLAN, 10));
    Ipv4StaticRoutingHelper routing;
    routing.GetStaticRouting(m_server->GetObject<Ipv4>())
        ->SetDefaultRoute(VlanAddress(SERVER_VLAN, 254), 1);
    if (m_config.security == WlanSecurity::WPA2_8021X)
    {
        m_radius = CreateObject<RadiusServer>();
        m_server->AddApplication(m_radius);
        for (uint32_t i = 0; i < m_config.clients; ++i)
        {
            m_radius->AddUser("user" + std::to_string(i + 1), m_config.eapPassword);
        }
    }
}

const std::vector<std::string>&
RoamingScenario::SecurityMethods()
{
    static const std::vector<std::string> methods{"open",
                                                  "psk",
                                                  "8021x",
                                                  "okc",
                                                  "ft-psk",
                                                  "ft-8021x"};
    return methods;
}

bool
RoamingScenario::SetSecurityMethod(const std::string& method, Config& config)
{
    const auto& methods = SecurityMethods();
    if (std::find(methods.begin(), methods.end(), method) == methods.end())
    {
        return false;
    }
    config.security = method == "open"                        ? WlanSecurity::OPEN
                      : method == "psk" || method == "ft-psk" ? WlanSecurity::WPA2_PSK
                                                              : WlanSecurity::WPA2_8021X;
    config.okc = method == "okc";
    config.fastTransition = method.rfind("ft-", 0) == 0;
    return true;
}

std::vector<RoamingScenario::ControllerSpec>
RoamingScenario::ReferenceControllers(uint32_t n, bool sameVlan)
{
    // WLC1 and WLC2 as in the reference: WLC1 10.99.80.1 with interface intanchor (VLAN 81,
    // 10.99.81.1), WLC2 10.99.82.1 with intforeign (VLAN 84, 10.99.84.3); WLC3 is ours
    std::vector<ControllerSpec> specs = {
        {"WLC1", 80, 1, "00:21:d8:fa:66:00", "intanchor", 81, 1},
        {"WLC2", 82, 1, "00:24:97:68:ab:00", "intforeign", 84, 3},
        {"WLC3", 86, 1, "00:24:97:68:cd:00", "intthird", 87, 1},
    };
    for (uint32_t k = specs.size(); k < n; ++k)
    {
        auto vlan = static_cast<uint16_t>(100 + 2 * k);
        std::ostringstream mac;
        mac << "00:24:97:68:" << std::hex << std::setw(2) << std::setfill('0') << k << ":00";
        specs.push_back({"WLC" + std::to_string(k + 1),
                         vlan,
                         1,
                         mac.str(),
                         "int" + std::to_string(vlan + 1),
                         static_cast<uint16_t>(vlan + 1),
                         1});
    }
    specs.resize(n);
    if (sameVlan)
    {
        // every controller's WLAN on the anchor's VLAN 81: Layer 2 roams
        for (uint32_t k = 1; k < n; ++k)
        {
            specs[k].interfaceName = "intanchor";
            specs[k].clientVlan = 81;
            specs[k].interfaceHost = static_cast<uint8_t>(1 + k);
        }
    }
    return specs;
}

void
RoamingScenario::BuildControllers()
{
    InternetStackHelper internet;
    WlcHelper wlcHelper;
    wlcHelper.SetControllerAttribute("SymmetricTunneling",
                                     BooleanValue(m_config.symmetricTunneling));
    LightweightApHelper apHelper;
    apHelper.SetWtpAttribute("MaxDiscoveryInterval", TimeValue(m_config.maxDiscoveryInterval));
    WifiHelper wifi;
    wifi.SetStandard(WIFI_STANDARD_80211a);
    wifi.SetRemoteStationManager("ns3::MinstrelWifiManager");
    YansWifiChannelHelper channel = YansWifiChannelHelper::Default();
    m_phy.SetChannel(channel.Create());
    m_phy.SetPcapDataLinkType(WifiPhyHelper::DLT_IEEE802_11_RADIO);
    WifiMacHelper mac;
    mac.SetType("ns3::WlcApWifiMac", "Ssid", SsidValue(Ssid(m_config.ssid)));
    MobilityHelper mobility;
    mobility.SetMobilityModel("ns3::ConstantPositionMobilityModel");
    DhcpHelper dhcp;

    std::vector<ControllerSpec> specs =
        m_config.controllerSpecs.empty()
            ? ReferenceControllers(m_config.controllers, m_config.sameVlan)
            : m_config.controllerSpecs;
    NS_ABORT_MSG_IF(specs.size() != m_config.controllers,
                    "RoamingScenario: controllerSpecs has " << specs.size() << " entries for "
                                                            << m_config.controllers
                                                            << " controllers");
    std::set<uint16_t> dhcpVlans;
    uint32_t apIndex = 0;
    for (uint32_t k = 0; k < m_config.controllers; ++k)
    {
        const ControllerSpec& spec = specs[k];
        uint16_t management = spec.managementVlan;
        uint16_t clients = spec.clientVlan;
        // the router: gateway of both VLANs, DHCP server of the client VLAN
        Attach(m_router, management, VlanAddress(management, 254));
        if (dhcpVlans.insert(clients).second)
        {
            Ptr<NetDevice> routerPort = Attach(m_router, clients, VlanAddress(clients, 254));
            dhcp.InstallDhcpServer(routerPort,
                                   VlanAddress(clients, 254),
                                   VlanAddress(clients, 0),
                                   Ipv4Mask("255.255.255.0"),
                                   VlanAddress(clients, 40),
                                   VlanAddress(clients, 199),
                                   VlanAddress(clients, 254));
        }

        Ptr<Node> node = CreateObject<Node>();
        internet.Install(node);
        Ptr<WirelessLanController> wlc = wlcHelper.Install(node, spec.name);
        Ptr<NetDevice> managementPort = Attach(node, management, Ipv4Address());
        if (!spec.mac.empty())
        {
            managementPort->SetAddress(Mac48Address(spec.mac.c_str()));
        }
        wlcHelper.AddInterface(wlc,
                               "management",
                               management,
                               managementPort,
                               VlanAddress(management, spec.managementHost),
                               Ipv4Mask("255.255.255.0"),
                               VlanAddress(management, 254));
        wlcHelper.AddInterface(wlc,
                               spec.interfaceName,
                               clients,
                               Attach(node, clients, Ipv4Address()),
                               VlanAddress(clients, spec.interfaceHost),
                               Ipv4Mask("255.255.255.0"),
                               VlanAddress(clients, 254));
        bool dot1x = m_config.security == WlanSecurity::WPA2_8021X;
        wlcHelper.SetFastTransition(m_config.fastTransition);
        wlcHelper.AddWlan(wlc,
                          m_config.wlanId,
                          m_config.ssid,
                          spec.interfaceName,
                          m_config.security,
                          dot1x ? std::string() : m_config.passphrase);
        if (dot1x)
        {
            wlc->SetRadiusServer(VlanAddress(SERVER_VLAN, 10), m_config.radiusSecret);
            m_radius->AddClient(VlanAddress(spec.managementVlan, spec.managementHost),
                                m_config.radiusSecret);
        }
        wlc->SetMobilityGroup(m_config.mobilityGroup, m_config.mobilityGroupId);
        m_controllers.push_back(wlc);
        m_monitor->AddController(wlc);

        for (uint32_t j = 0; j < m_config.apsPerController; ++j, ++apIndex)
        {
            Ptr<Node> ap = CreateObject<Node>();
            internet.Install(ap);
            Ptr<NetDevice> wired = Attach(ap, management, VlanAddress(management, 11 + j));
            ApIdentity identity = ApMacs(apIndex);
            wired->SetAddress(Mac48Address(identity.ethernet.c_str()));
            if (!m_config.apChannels.empty())
            {
                m_phy.Set("ChannelSettings",
                          StringValue(ChannelSettings(
                              m_config.apChannels[apIndex % m_config.apChannels.size()])));
            }
            Ptr<WifiNetDevice> radio =
                DynamicCast<WifiNetDevice>(wifi.Install(m_phy, mac, ap).Get(0));
            LightweightApHelper::SetWifiAddress(radio, Mac48Address(identity.bssid.c_str()));
            m_radios.push_back(radio);
            mobility.Install(ap);
            ap->GetObject<MobilityModel>()->SetPosition(Vector(apIndex * m_config.apSpacing, 0, 0));
            std::ostringstream apName;
            apName << "AP" << std::setw(3) << std::setfill('0') << apIndex + 1;
            m_wtps.push_back(apHelper.Install(ap,
                                              radio,
                                              wired,
                                              VlanAddress(management, spec.managementHost),
                                              apName.str()));
        }
    }
    // every controller is a member of every other's mobility group
    for (uint32_t k = 0; k < m_controllers.size(); ++k)
    {
        for (uint32_t other = 0; other < m_controllers.size(); ++other)
        {
            if (other != k)
            {
                m_controllers[k]->AddMobilityMember(m_controllers[other]->GetManagementAddress(),
                                                    m_controllers[other]->GetManagementMac(),
                                                    m_controllers[other]->GetName());
            }
        }
    }
}

void
RoamingScenario::BuildClients()
{
    m_clients.Create(m_config.clients);
    InternetStackHelper internet;
    internet.Install(m_clients);
    WifiHelper wifi;
    wifi.SetStandard(WIFI_STANDARD_80211a);
    wifi.SetRemoteStationManager("ns3::MinstrelWifiManager");
    WifiMacHelper mac;
    RoamingHelper roaming;
    if (m_config.roamingClients)
    {
        RoamingHelper::ConfigureStationMac(mac, Ssid(m_config.ssid));
        std::vector<uint16_t> channels;
        for (uint16_t channel : m_config.apChannels)
        {
            if (std::find(channels.begin(), channels.end(), channel) == channels.end())
            {
                channels.push_back(channel);
            }
        }
        roaming.SetChannels(channels);
    }
    else
    {
        mac.SetType("ns3::StaWifiMac", "Ssid", SsidValue(Ssid(m_config.ssid)));
    }
    if (!m_config.apChannels.empty())
    {
        m_phy.Set("ChannelSettings", StringValue(ChannelSettings(m_config.apChannels[0])));
    }
    MobilityHelper mobility;
    mobility.SetMobilityModel("ns3::ConstantVelocityMobilityModel");
    mobility.Install(m_clients);
    WlcClientHelper clientHelper;
    std::string passphrase =
        m_config.security == WlanSecurity::WPA2_PSK ? m_config.passphrase : std::string();
    double end =
        m_config.walkEnd >= 0 ? m_config.walkEnd : m_config.apSpacing * (GetNAps() - 1) - 5;
    for (uint32_t i = 0; i < m_config.clients; ++i)
    {
        Ptr<Node> node = m_clients.Get(i);
        Ptr<WifiNetDevice> station =
            DynamicCast<WifiNetDevice>(wifi.Install(m_phy, mac, node).Get(0));
        // the reference client ab:26:96:3e:4b:ee with its group bit cleared (see ApMacs)
        std::ostringstream address;
        address << "aa:26:96:3e:4b:" << std::hex << std::setw(2) << std::setfill('0')
                << (0xee + i) % 256;
        LightweightApHelper::SetWifiAddress(station, Mac48Address(address.str().c_str()));
        if (m_config.roamingClients)
        {
            roaming.Install(station);
        }
        m_supplicants.push_back(clientHelper.Install(node, station, m_config.ssid, passphrase));
        m_supplicants.back()->SetAttribute("FastTransition", BooleanValue(m_config.fastTransition));
        if (m_config.security == WlanSecurity::WPA2_8021X)
        {
            m_supplicants.back()->SetAttribute("Okc", BooleanValue(m_config.okc));
            m_supplicants.back()->SetEnterpriseCredentials("user" + std::to_string(i + 1),
                                                           m_config.eapPassword);
        }
        m_monitor->AddClient(station, m_supplicants.back());

        Ptr<ConstantVelocityMobilityModel> walk = node->GetObject<ConstantVelocityMobilityModel>();
        double start = m_config.clientStart + i * 1.0;
        walk->SetPosition(Vector(start, 2, 0));
        if (m_config.clientsArriveAt.IsStrictlyPositive())
        {
            // far away (out of every AP's range) until the client walks in
            walk->SetPosition(Vector(-100000, 2, 0));
            Ptr<RoamingManager> roamer = station->GetObject<RoamingManager>();
            Simulator::Schedule(m_config.clientsArriveAt, [walk, start, roamer]() {
                walk->SetPosition(Vector(start, 2, 0));
                if (roamer)
                {
                    // the scan under way began out of range: scan every channel from here
                    roamer->GetAssocManager()->RestartScan();
                }
            });
        }
        if (m_config.resetAt.IsStrictlyPositive())
        {
            // the clients stand still; AP001 is reset (Build schedules it)
        }
        else
        {
            // walk to the last AP, and back to the start if asked
            Time there = m_config.walkStart + Seconds((end - start) / m_config.walkSpeed);
            Simulator::Schedule(m_config.walkStart,
                                &ConstantVelocityMobilityModel::SetVelocity,
                                walk,
                                Vector(m_config.walkSpeed, 0, 0));
            Simulator::Schedule(there,
                                &ConstantVelocityMobilityModel::SetVelocity,
                                walk,
                                Vector(m_config.roamBack ? -m_config.walkSpeed : 0, 0, 0));
            if (m_config.roamBack)
            {
                Simulator::Schedule(there + Seconds((end - start) / m_config.walkSpeed),
                                    &ConstantVelocityMobilityModel::SetVelocity,
                                    walk,
                                    Vector(0, 0, 0));
            }
        }

        Ptr<UdpServer> downlink = CreateObject<UdpServer>();
        downlink->SetAttribute("Port", UintegerValue(DOWNLINK_PORT));
        node->AddApplication(downlink);
        Ptr<UdpServer> uplink = CreateObject<UdpServer>();
        uplink->SetAttribute("Port", UintegerValue(UPLINK_PORT + i));
        m_server->AddApplication(uplink);
        Mac48Address mac48 = GetClientMac(i);
        Ptr<RoamMonitor> monitor = m_monitor;
        downlink->TraceConnectWithoutContext(
            "RxWithAddresses",
            Callback<void, Ptr<const Packet>, const Address&, const Address&>(
                [monitor, mac48](Ptr<const Packet>, const Address&, const Address&) {
                    monitor->NotifyDownlinkRx(mac48);
                }));
        uplink->TraceConnectWithoutContext(
            "RxWithAddresses",
            Callback<void, Ptr<const Packet>, const Address&, const Address&>(
                [monitor, mac48](Ptr<const Packet>, const Address&, const Address&) {
                    monitor->NotifyUplinkRx(mac48);
                }));
        m_downlinkSinks.push_back(downlink);
        m_uplinkSinks.push_back(uplink);
        m_trafficStarted.push_back(false);
        Ptr<Application> dhcp = WlcClientHelper::GetDhcpClient(node);
        dhcp->TraceConnectWithoutContext(
            "NewLease",
            Callback<void, const Ipv4Address&>([this, i](const Ipv4Address&) { StartTraffic(i); }));
    }
}

void
RoamingScenario::StartTraffic(uint32_t i)
{
    if (m_trafficStarted[i])
    {
        return;
    }
    m_trafficStarted[i] = true;
    // server -> client, to the address the client got; client -> server
    Time duration = m_stopTime - Simulator::Now() - Seconds(1);
    UdpClientHelper down(GetClientAddress(i), DOWNLINK_PORT);
    UdpClientHelper up(VlanAddress(SERVER_VLAN, 10), UPLINK_PORT + i);
    for (UdpClientHelper* helper : {&down, &up})
    {
        helper->SetAttribute("MaxPackets", UintegerValue(std::numeric_limits<uint32_t>::max()));
        helper->SetAttribute("Interval", TimeValue(m_config.trafficInterval));
        helper->SetAttribute("PacketSize", UintegerValue(m_config.packetSize));
    }
    down.Install(m_server).Stop(duration);
    up.Install(m_clients.Get(i)).Stop(duration);
}

void
RoamingScenario::EnablePcap(const std::string& prefix)
{
    for (const auto& [vlan, port] : m_routerPorts)
    {
        m_csma.EnablePcap(prefix + "-vlan" + std::to_string(vlan) + ".pcap", port, true, true);
    }
    for (uint32_t i = 0; i < m_radios.size(); ++i)
    {
        m_phy.EnablePcap(prefix + "-" + m_wtps[i]->GetName() + ".pcap", m_radios[i], true, true);
    }
}

void
RoamingScenario::EnableFlowMonitor()
{
    m_flowHelper = std::make_shared<FlowMonitorHelper>();
    NodeContainer nodes(m_clients);
    nodes.Add(m_server);
    m_flowMonitor = m_flowHelper->Install(nodes);
}

void
RoamingScenario::WriteFlowMonitor(const std::string& path)
{
    NS_ABORT_MSG_UNLESS(m_flowMonitor, "RoamingScenario: EnableFlowMonitor() was not called");
    m_flowMonitor->SerializeToXmlFile(path, true, true);
}

void
RoamingScenario::Run()
{
    Simulator::Stop(m_stopTime);
    Simulator::Run();
}

Ptr<WirelessLanController>
RoamingScenario::GetController(uint32_t i) const
{
    return m_controllers.at(i);
}

Ptr<CapwapWtp>
RoamingScenario::GetWtp(uint32_t i) const
{
    return m_wtps.at(i);
}

uint32_t
RoamingScenario::GetNAps() const
{
    return m_config.controllers * m_config.apsPerController;
}

Ptr<Node>
RoamingScenario::GetClient(uint32_t i) const
{
    return m_clients.Get(i);
}

Mac48Address
RoamingScenario::GetClientMac(uint32_t i) const
{
    return Mac48Address::ConvertFrom(m_supplicants.at(i)->GetPort()->GetAddress());
}

Ptr<WpaSupplicant>
RoamingScenario::GetSupplicant(uint32_t i) const
{
    return m_supplicants.at(i);
}

Ipv4Address
RoamingScenario::GetClientAddress(uint32_t i) const
{
    Ptr<Ipv4> ipv4 = m_clients.Get(i)->GetObject<Ipv4>();
    int32_t index = ipv4->GetInterfaceForDevice(m_supplicants.at(i)->GetPort());
    for (uint32_t a = 0; index >= 0 && a < ipv4->GetNAddresses(index); ++a)
    {
        Ipv4Address local = ipv4->GetAddress(index, a).GetLocal();
        if (local != Ipv4Address::GetAny())
        {
            return local;
        }
    }
    return Ipv4Address::GetAny();
}

Ptr<Node>
RoamingScenario::GetServer() const
{
    return m_server;
}

Ptr<RadiusServer>
RoamingScenario::GetRadiusServer() const
{
    return m_radius;
}

Ptr<RoamMonitor>
RoamingScenario::GetRoamMonitor() const
{
    return m_monitor;
}

Time
RoamingScenario::GetWalkStart() const
{
    return m_config.walkStart;
}

Time
RoamingScenario::GetStopTime() const
{
    return m_stopTime;
}

uint64_t
RoamingScenario::GetDownlinkReceived(uint32_t i) const
{
    return m_downlinkSinks.at(i)->GetReceived();
}

uint64_t
RoamingScenario::GetUplinkReceived(uint32_t i) const
{
    return m_uplinkSinks.at(i)->GetReceived();
}

uint64_t
RoamingScenario::GetDownlinkLost(uint32_t i) const
{
    return m_downlinkSinks.at(i)->GetLost();
}

uint64_t
RoamingScenario::GetUplinkLost(uint32_t i) const
{
    return m_uplinkSinks.at(i)->GetLost();
}

void
RoamingScenario::PrintTraffic(std::ostream& os) const
{
    os << "\n=== Traffic (UDP, " << m_config.packetSize << " bytes every "
       << m_config.trafficInterval.As(Time::MS) << " each way)\n";
    for (uint32_t i = 0; i < m_config.clients; ++i)
    {
        os << "  " << GetClientMac(i) << " (" << GetClientAddress(i) << "): downlink received "
           << GetDownlinkReceived(i) << ", lost " << GetDownlinkLost(i) << "; uplink received "
           << GetUplinkReceived(i) << ", lost " << GetUplinkLost(i) << "\n";
    }
}

} // namespace ns3
