/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_WIRELESS_LAN_CONTROLLER_H
#define WLC_WIRELESS_LAN_CONTROLLER_H

#include "ap-table.h"
#include "capwap-ac.h"
#include "client-database.h"
#include "pmk-cache.h"
#include "wlc-authenticator.h"
#include "wlc-config.h"
#include "wlc-data-plane.h"
#include "wlc-fast-transition.h"
#include "wlc-mobility.h"
#include "wlc-security.h"

#include "ns3/application.h"
#include "ns3/traced-callback.h"

#include <map>
#include <set>
#include <string>

namespace ns3
{

class Dot11AssocRequest;
class WlcDot1xAuthenticator;
struct DhcpSnoopMessage;

/**
 * \ingroup wlc
 * A Wireless LAN Controller (AireOS-style), as an application on a node.
 *
 * The controller has interfaces (management and dynamic, one wired port each, on the VLAN's
 * segment) and WLANs (id, SSID, security, the interface their clients are bridged onto). Its
 * CAPWAP access controller joins lightweight APs; its data plane bridges each client onto the
 * VLAN of its WLAN's interface; its security part (WlcSecurity) runs each client's Layer 2
 * security (the WPA2 4-way handshake, 802.1X, PMK caching, 802.11r).
 *
 * A client is admitted through the steps a real controller takes, visible as policy manager
 * (PEM) states: the AP forwards the (Re)Association Request (START), the controller adds the
 * station at the AP (Station Configuration Request), checks the WLAN's Layer 2 security
 * (AUTHCHECK; 8021X_REQD while the 4-way handshake runs; L2AUTHCOMPLETE), waits for the client's
 * DHCP address (DHCP_REQD; learned by snooping the DHCP ACK) and only then lets all its traffic
 * pass (RUN). A client that appears at another AP of the same controller roams: its entry moves
 * to the new AP, the old AP deletes the station, and the security steps run again at the new AP
 * (its IP address is kept, so it returns to RUN after Layer 2 security).
 */
class WirelessLanController : public Application
{
  public:
    /**
     * Signature of the ClientAssociated trace.
     * \param client the client \param apName the AP
     */
    using ClientApTracedCallback = void (*)(Mac48Address client, const std::string& apName);
    /**
     * Signature of the PemStateChanged trace.
     * \param client the client \param oldState the state left \param newState the new state
     */
    using PemTracedCallback = void (*)(Mac48Address client, PemState oldState, PemState newState);
    /**
     * Signature of the ClientRoamed trace.
     * \param client the client \param fromAp the AP it left \param toAp the AP it joined
     */
    using RoamTracedCallback = void (*)(Mac48Address client,
                                        const std::string& fromAp,
                                        const std::string& toAp);
    /**
     * Signature of the ClientRemoved trace.
     * \param client the client \param reason why
     */
    using RemovedTracedCallback = void (*)(Mac48Address client, const std::string& reason);
    /**
     * Signature of the MobilityRoleChanged trace.
     * \param client the client \param oldRole its role before \param newRole its role now
     * \param peer its anchor (Foreign) or foreign controller (Anchor), or 0.0.0.0
     */
    using RoleTracedCallback = void (*)(Mac48Address client,
                                        MobilityRole oldRole,
                                        MobilityRole newRole,
                                        Ipv4Address peer);
    /**
     * Signature of the MobilityHandoffCompleted trace.
     * \param client the client \param role its role here now
     * \param from the controller that handed the client off (0.0.0.0: no member answered)
     * \param duration from the first mobility message to the end of the exchange
     * \param layer3 the roam crossed subnets (or returned to the anchor)
     */
    using HandoffTracedCallback = void (*)(Mac48Address client,
                                           MobilityRole role,
                                           Ipv4Address from,
                                           Time duration,
                                           bool layer3);
    /**
     * Signature of the ApJoined trace.
     * \param apName the AP
     */
    using ApTracedCallback = void (*)(const std::string& apName);
    /**
     * Signature of the ApLost trace.
     * \param apName the AP \param reason why
     */
    using ApLostTracedCallback = void (*)(const std::string& apName, const std::string& reason);
    /**
     * Signature of the PmkCacheHit trace.
     * \param client the client \param bssid the AP it reassociated with
     */
    using PmkCacheHitTracedCallback = void (*)(Mac48Address client, Mac48Address bssid);

    /// \return the TypeId
    static TypeId GetTypeId();
    WirelessLanController();
    ~WirelessLanController() override;
    WirelessLanController(const WirelessLanController&) = delete;
    WirelessLanController& operator=(const WirelessLanController&) = delete;

    /**
     * Add an interface (`config interface create`). The first one added is the management
     * interface, from which CAPWAP runs. The port must be on this node and already carry the
     * interface's address in the node's IPv4 stack (WlcHelper does both).
     * \param interface the interface
     */
    void AddInterface(const WlcInterface& interface);
    /**
     * Add a WLAN (`config wlan create`); its interface must exist. Aborts with a message on an
     * invalid configuration (duplicate id, unknown interface, bad passphrase, ...).
     * \param wlan the WLAN
     */
    void AddWlan(Wlan wlan);

    /**
     * Set the mobility group (`config mobility group domain`).
     * \param name the group name
     * \param groupId its 16-byte id (32 hex digits); empty: derived from the name
     */
    void SetMobilityGroup(const std::string& name, const std::string& groupId = "");
    /**
     * Add a member of the mobility group (`config mobility group member add`).
     * \param ip its management address \param mac its management MAC
     * \param name its name \param group its group name (the local group if empty)
     */
    void AddMobilityMember(Ipv4Address ip,
                           Mac48Address mac,
                           const std::string& name,
                           const std::string& group = "");

    /// \return the controller's name (the CLI prompt's)
    std::string GetName() const;
    /// \return the management interface's address
    Ipv4Address GetManagementAddress() const;
    /// \return the management interface's MAC
    Mac48Address GetManagementMac() const;
    /// \return the inter-controller roaming part
    Ptr<WlcMobility> GetMobility() const;
    /// \param name an interface name \return it, or nullptr
    const WlcInterface* GetInterface(const std::string& name) const;
    /// \param id a WLAN id \return it, or nullptr
    const Wlan* GetWlan(uint8_t id) const;
    /// \return the client database
    const ClientDatabase& GetClients() const;
    /// \return the AP table
    const ApTable& GetAps() const;
    /// \return the CAPWAP access controller
    Ptr<CapwapAc> GetAccessController() const;
    /// \return the data plane
    Ptr<WlcDataPlane> GetDataPlane() const;
    /// \return the authenticator
    Ptr<WlcAuthenticator> GetAuthenticator() const;
    /// \return the 802.1X authenticator (EAP relay to the RADIUS server)
    Ptr<WlcDot1xAuthenticator> GetDot1xAuthenticator() const;
    /// \return the PMK cache (WPA2-802.1X)
    const PmkCache& GetPmkCache() const;
    /// \return the 802.11r key holders (R0KH, R1KH)
    Ptr<WlcFastTransition> GetFastTransition() const;
    /**
     * Set the RADIUS server of the WPA2-802.1X WLANs (AireOS `config radius auth add`). The
     * controller sends its Access-Requests from its management address.
     * \param server the server's address \param secret the shared secret (1..128 characters)
     * \param port the server's UDP port
     */
    void SetRadiusServer(Ipv4Address server, const std::string& secret, uint16_t port = 1812);

    /// \return `show client summary`
    std::string ShowClientSummary() const;
    /// \param client a client \return `show client detail <mac>` (or the CLI's error message)
    std::string ShowClientDetail(Mac48Address client) const;
    /// \return `show ap summary`
    std::string ShowApSummary() const;
    /// \return `show mobility summary`
    std::string ShowMobilitySummary() const;
    /**
     * `config ap reset <name>`: the controller sends the AP a Reset Request.
     * \param apName the AP
     * \return false if no AP of that name is joined
     */
    bool ResetAp(const std::string& apName);
    /**
     * Assign fixed random streams.
     * \param stream first stream index
     * \return the number of streams used
     */
    int64_t AssignStreams(int64_t stream);

  protected:
    void DoDispose() override;

  private:
    friend class WlcMobility; // the roaming decisions change the client database and traces
    friend class WlcSecurity; // Layer 2 security changes PEM states and sends through the APs

    void StartApplication() override;
    void StopApplication() override;

    /// An AP joined. \param ap it
    void ApJoined(const ApEntry& ap);
    /// An AP was lost. \param ap it \param reason why
    void ApLost(const ApEntry& ap, const std::string& reason);
    /// A (Re)Association Request arrived from an AP.
    void Associated(const ApEntry& ap, uint8_t radioId, const Dot11AssocRequest& request);
    /// The AP confirmed (or refused) the station. \param client it \param ok the outcome
    void StationAdded(Mac48Address client, bool ok);
    /// Layer 2 security completed. \param client it
    void SecurityCompleted(Mac48Address client);
    /// Layer 2 security failed. \param client it \param reason why
    void SecurityFailed(Mac48Address client, const std::string& reason);
    /// \param authenticator the authenticator (attribute Authenticator)
    void SetAuthenticator(Ptr<WlcAuthenticator> authenticator);
    /// \param dot1x the 802.1X authenticator (attribute Dot1xAuthenticator)
    void SetDot1xAuthenticator(Ptr<WlcDot1xAuthenticator> dot1x);
    /// A DHCP message of a client was seen. \param client it \param message the message
    void DhcpSeen(Mac48Address client, const DhcpSnoopMessage& message);
    /// An MSDU for a client from the data plane or the Layer 2 security (EAPOL).
    void DeliverToClient(const ClientEntry& client,
                         Ptr<Packet> payload,
                         Mac48Address source,
                         Mac48Address destination,
                         uint16_t etherType);
    /// An MSDU from a client, through an AP.
    void FromAp(const ApEntry& ap,
                Ptr<const Packet> payload,
                Mac48Address source,
                Mac48Address destination,
                uint16_t etherType);
    /// Change a client's PEM state (and trace it). \param client it \param state the new state
    void SetPemState(Mac48Address client, PemState state);
    /**
     * Remove a client.
     * \param client it \param reason why \param deleteAtAp whether to tell its AP
     * \param tellPeer whether to tell its mobility peer (anchor or foreign controller)
     */
    void RemoveClient(Mac48Address client,
                      const std::string& reason,
                      bool deleteAtAp,
                      bool tellPeer = false);
    /// \param ssid an SSID \return the WLAN, or nullptr
    const Wlan* FindWlanBySsid(const std::string& ssid) const;

    std::string m_name;                               //!< controller name
    std::map<std::string, WlcInterface> m_interfaces; //!< interfaces by name
    std::string m_managementInterface;                //!< name of the management interface
    std::map<uint8_t, Wlan> m_wlans;                  //!< WLANs by id
    ClientDatabase m_clients;                         //!< client database
    std::map<Mac48Address, uint16_t> m_capabilities;  //!< Capability Information per client
    Ptr<WlcSecurity> m_security;                      //!< Layer 2 security (created first)
    Ptr<CapwapAc> m_ac;                               //!< CAPWAP access controller
    Ptr<WlcDataPlane> m_dataPlane;                    //!< bridge
    Ptr<WlcMobility> m_mobility;                      //!< inter-controller roaming
    bool m_symmetricTunneling{false};                 //!< mobility symmetric tunnelling
    Time m_apLossHoldTime;                            //!< clients of a lost AP kept so long
    std::set<Mac48Address> m_needsQuery;              //!< clients new to this controller

    TracedCallback<Mac48Address, const std::string&> m_associatedTrace; //!< associations
    TracedCallback<Mac48Address, PemState, PemState> m_pemTrace;        //!< PEM changes
    TracedCallback<Mac48Address, const std::string&, const std::string&> m_roamTrace; //!< roams
    TracedCallback<Mac48Address, const std::string&> m_removedTrace;                  //!< removals
    TracedCallback<Mac48Address, MobilityRole, MobilityRole, Ipv4Address>
        m_mobilityRoleTrace; //!< mobility roles
    TracedCallback<Mac48Address, MobilityRole, Ipv4Address, Time, bool>
        m_handoffTrace;                                                   //!< mobility exchanges
    TracedCallback<Mac48Address, Mac48Address> m_pmkCacheHitTrace;        //!< fast roams
    TracedCallback<const std::string&> m_apJoinedTrace;                   //!< AP joins
    TracedCallback<const std::string&, const std::string&> m_apLostTrace; //!< AP losses
};

} // namespace ns3

#endif /* WLC_WIRELESS_LAN_CONTROLLER_H */
