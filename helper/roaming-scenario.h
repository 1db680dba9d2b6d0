/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_ROAMING_SCENARIO_H
#define WLC_ROAMING_SCENARIO_H

#include "ns3/capwap-wtp.h"
#include "ns3/csma-helper.h"
#include "ns3/flow-monitor.h"
#include "ns3/node-container.h"
#include "ns3/radius-server.h"
#include "ns3/roam-monitor.h"
#include "ns3/udp-server.h"
#include "ns3/wireless-lan-controller.h"
#include "ns3/wpa-supplicant.h"
#include "ns3/yans-wifi-helper.h"

#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace ns3
{

class FlowMonitor;
class FlowMonitorHelper;

/**
 * \ingroup wlc
 * The campus network of the module's examples and system tests, after the topology of the
 * reference Layer 3 roam: a router with a server, one management VLAN per controller (the
 * controller and its lightweight APs), one client VLAN per controller (DHCP served by the
 * router), APs in a row, and Wi-Fi clients that walk along the row while they exchange UDP
 * traffic with the server in both directions.
 *
 * Addresses: controller k (0-based) is WLC<k+1> at 10.99.(80+2k).1 on VLAN 80+2k; its APs are
 * 10.99.(80+2k).(11+j); the router is .254 on every VLAN; the server is 10.99.10.10. WLC1's
 * WLAN maps to interface "intanchor" (VLAN 81, 10.99.81.1), as in the reference.
 */
class RoamingScenario
{
  public:
    /// One controller: its name, management VLAN and address, and its WLAN's interface.
    struct ControllerSpec
    {
        std::string name;          //!< controller name
        uint16_t managementVlan;   //!< management VLAN (subnet 10.99.<vlan>.0/24)
        uint8_t managementHost;    //!< host part of its management address
        std::string mac;           //!< management MAC ("" for an allocated one)
        std::string interfaceName; //!< the WLAN's interface
        uint16_t clientVlan;       //!< its VLAN (subnet 10.99.<vlan>.0/24)
        uint8_t interfaceHost;     //!< host part of the controller's address on it
    };

    /**
     * The reference's controllers: WLC1 10.99.80.1 (intanchor: VLAN 81, 10.99.81.1), WLC2
     * 10.99.82.1 (intforeign: VLAN 84, 10.99.84.3), WLC3 10.99.86.1 (intthird: VLAN 87).
     * \param n how many
     * \param sameVlan put every controller's WLAN on VLAN 81 (Layer 2 roams)
     * \return their specifications
     */
    static std::vector<ControllerSpec> ReferenceControllers(uint32_t n, bool sameVlan);

    /// What to build.
    struct Config
    {
        uint32_t controllers{1};      //!< controllers (1 for issue-2 scenarios)
        uint32_t apsPerController{2}; //!< lightweight APs per controller
        uint32_t clients{1};          //!< Wi-Fi clients (the first has the reference MAC)
        uint8_t wlanId{8};            //!< WLAN id (8 in the reference)
        std::string ssid{"CORP"};     //!< SSID
        WlanSecurity security{WlanSecurity::WPA2_PSK}; //!< Layer 2 security
        std::string passphrase{"reference-roam-psk"};  //!< WPA2 passphrase
        /// WPA2-802.1X: the RADIUS server (on the server node) knows client i as "user<i+1>"
        /// with this password; the controllers share this secret with it
        std::string eapPassword{"reference-roam-eap"};
        std::string radiusSecret{"reference-radius"}; //!< RADIUS shared secret
        bool okc{false}; //!< WPA2-802.1X clients offer cached PMKIDs (opportunistic key caching)
        /// 802.11r Fast BSS Transition over the air: the WLAN has it on and the clients use it
        /// (FT-PSK with WPA2_PSK, FT-802.1X with WPA2_8021X)
        bool fastTransition{false};
        double apSpacing{100};                       //!< distance between neighbouring APs (m)
        double walkSpeed{1.4};                       //!< walking speed of the clients (m/s)
        Time walkStart{Seconds(20)};                 //!< when the clients start walking
        Time trafficInterval{MilliSeconds(20)};      //!< UDP packet interval, each way
        uint32_t packetSize{160};                    //!< UDP payload size (a G.711 voice frame)
        Time maxDiscoveryInterval{Seconds(2)};       //!< APs' MaxDiscoveryInterval (RFC: 20 s)
        std::vector<ControllerSpec> controllerSpecs; //!< empty: ReferenceControllers()
        bool sameVlan{false};           //!< with the reference controllers: one VLAN for all
        bool symmetricTunneling{false}; //!< mobility symmetric tunnelling on every controller
        bool roamBack{false};           //!< the clients walk back to the first AP
        Time resetAt{Seconds(0)};       //!< > 0: clients stand still, AP001 is reset then
        double clientStart{5};          //!< where the clients start (m along the row)
        double walkEnd{-1};             //!< where they stop (m; < 0: 5 m before the last AP)
        /// > 0: the clients are out of range until then (so that they find every AP up)
        Time clientsArriveAt{Seconds(0)};
        std::string mobilityGroup{"default"};                            //!< mobility group name
        std::string mobilityGroupId{"d7f8a4f2cb038b78641818bba26869b4"}; //!< the reference's
        /// AP channels, given round robin (5 GHz; empty: every AP on channel 36)
        std::vector<uint16_t> apChannels;
        /// clients roam like enterprise clients (RoamingHelper: channel scans, RSSI trigger,
        /// reassociation) instead of ns-3's own station behaviour
        bool roamingClients{false};
    };

    /// \return the names SetSecurityMethod() takes: open, psk, 8021x, okc, ft-psk, ft-8021x
    static const std::vector<std::string>& SecurityMethods();
    /**
     * Set the security of a configuration by name, as the examples take it on the command line:
     * "open", "psk" (WPA2-PSK), "8021x" (WPA2-Enterprise), "okc" (8021x whose clients offer
     * cached PMKIDs), "ft-psk" and "ft-8021x" (802.11r Fast BSS Transition over the air). okc and
     * ft-* only change the roams of enterprise-roaming clients (Config::roamingClients).
     * \param method the name \param config the configuration to change
     * \return false (config unchanged) if the name is none of SecurityMethods()
     */
    static bool SetSecurityMethod(const std::string& method, Config& config);

    /// \param config what to build
    explicit RoamingScenario(const Config& config);

    /// Build every node, device, stack and application.
    void Build();
    /**
     * Capture every VLAN segment (PREFIX-vlan<id>.pcap, from the router's promiscuous port) and
     * every AP radio (PREFIX-<AP name>.pcap, radiotap).
     * \param prefix path prefix of the pcap files
     */
    void EnablePcap(const std::string& prefix);
    /// Install a FlowMonitor on the server and the clients.
    void EnableFlowMonitor();
    /// Run the simulation until GetStopTime().
    void Run();
    /// \param path where to write the FlowMonitor XML (EnableFlowMonitor first)
    void WriteFlowMonitor(const std::string& path);

    /// \param i controller index \return the controller
    Ptr<WirelessLanController> GetController(uint32_t i) const;
    /// \param i AP index (over all controllers) \return its WTP
    Ptr<CapwapWtp> GetWtp(uint32_t i) const;
    /// \return the number of APs
    uint32_t GetNAps() const;
    /// \param i client index \return its node
    Ptr<Node> GetClient(uint32_t i) const;
    /// \param i client index \return its MAC
    Mac48Address GetClientMac(uint32_t i) const;
    /// \param i client index \return its supplicant
    Ptr<WpaSupplicant> GetSupplicant(uint32_t i) const;
    /// \param i client index \return its current IPv4 address (0.0.0.0 without a lease)
    Ipv4Address GetClientAddress(uint32_t i) const;
    /// \return the server
    Ptr<Node> GetServer() const;
    /// \return the RADIUS server application (WPA2-802.1X only; else nullptr)
    Ptr<RadiusServer> GetRadiusServer() const;
    /// \return the roam monitor
    Ptr<RoamMonitor> GetRoamMonitor() const;
    /// \return when the clients start walking
    Time GetWalkStart() const;
    /// \return when the simulation stops
    Time GetStopTime() const;
    /// \param i client index \return UDP packets the client received from the server
    uint64_t GetDownlinkReceived(uint32_t i) const;
    /// \param i client index \return UDP packets of the client the server received
    uint64_t GetUplinkReceived(uint32_t i) const;
    /// \param i client index \return UDP packets lost on the way to the client
    uint64_t GetDownlinkLost(uint32_t i) const;
    /// \param i client index \return UDP packets of the client lost on the way to the server
    uint64_t GetUplinkLost(uint32_t i) const;
    /// \param os where to print the traffic counters of every client
    void PrintTraffic(std::ostream& os) const;

  private:
    /// Create the router, the server and the VLAN segments.
    void BuildWiredNetwork();
    /// Create the controllers and their APs.
    void BuildControllers();
    /// Create the clients.
    void BuildClients();
    /// Start the traffic of a client once it has an address. \param i the client
    void StartTraffic(uint32_t i);
    /// \param vlan a VLAN id \return its segment's index, created on first use
    uint32_t Segment(uint16_t vlan);
    /**
     * Attach a node to a VLAN's segment.
     * \param node the node \param vlan the VLAN \param address its address (0.0.0.0: none)
     * \return its device
     */
    Ptr<NetDevice> Attach(Ptr<Node> node, uint16_t vlan, Ipv4Address address);

    Config m_config;                                       //!< what to build
    CsmaHelper m_csma;                                     //!< wired segments
    YansWifiPhyHelper m_phy;                               //!< radios
    std::vector<uint16_t> m_vlans;                         //!< VLAN of each segment
    std::vector<Ptr<CsmaChannel>> m_segments;              //!< one per VLAN
    std::map<uint16_t, Ptr<NetDevice>> m_routerPorts;      //!< the router's port on each VLAN
    std::vector<Ptr<NetDevice>> m_radios;                  //!< AP radios, for pcaps
    Ptr<Node> m_router;                                    //!< the router
    Ptr<Node> m_server;                                    //!< the server
    Ptr<RadiusServer> m_radius;                            //!< on the server (802.1X)
    std::vector<Ptr<WirelessLanController>> m_controllers; //!< controllers
    std::vector<Ptr<CapwapWtp>> m_wtps;                    //!< APs
    NodeContainer m_clients;                               //!< clients
    std::vector<Ptr<WpaSupplicant>> m_supplicants;         //!< their supplicants
    std::vector<Ptr<UdpServer>> m_downlinkSinks;           //!< on the clients
    std::vector<Ptr<UdpServer>> m_uplinkSinks;             //!< on the server
    std::vector<bool> m_trafficStarted;                    //!< per client
    Ptr<RoamMonitor> m_monitor;                            //!< roam measurements
    Ptr<FlowMonitor> m_flowMonitor;                        //!< optional
    std::shared_ptr<FlowMonitorHelper> m_flowHelper;       //!< owns the flow monitor's classifier
    Time m_stopTime;                                       //!< end of the simulation
};

} // namespace ns3

#endif /* WLC_ROAMING_SCENARIO_H */
