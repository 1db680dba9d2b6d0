/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_CAPWAP_AC_H
#define WLC_CAPWAP_AC_H

#include "ac-data-channel.h"
#include "ap-table.h"
#include "client-entry.h"
#include "wlc-config.h"

#include "ns3/callback.h"
#include "ns3/capwap-control-message.h"
#include "ns3/capwap-request-queue.h"
#include "ns3/event-id.h"
#include "ns3/object.h"
#include "ns3/traced-callback.h"

#include <functional>
#include <map>
#include <memory>

namespace ns3
{

class Dot11AssocRequest;
class Node;
class Socket;

/**
 * \ingroup wlc
 * The CAPWAP Access Controller of a controller (RFC 5415, IEEE 802.11 binding RFC 5416): the
 * control and data channels with every joined AP.
 *
 * It answers Discovery Requests, joins APs (Join Request: required elements checked, the AP
 * entered in the AP table), configures them (Configuration Status, Change State Event), checks
 * their data channel, then configures the controller's WLAN on their radio (IEEE 802.11 WLAN
 * Configuration Request) and declares them joined. It answers Echo Requests and data channel
 * keep-alives and declares an AP lost after NeighborDeadInterval of silence. On behalf of the
 * controller it adds and deletes stations at APs (Station Configuration Request) and carries
 * client frames: IEEE 802.11 frames in the data channel, in both directions.
 */
class CapwapAc : public Object
{
  public:
    /**
     * An AP reached Run and has its WLAN.
     * \param ap the AP
     */
    using ApCallback = Callback<void, const ApEntry&>;
    /**
     * An AP's session ended.
     * \param ap the AP (already removed from the table)
     * \param reason why
     */
    using ApLostCallback = Callback<void, const ApEntry&, const std::string&>;
    /// An AP forwarded a station's (Re)Association Request (see AcDataChannel).
    using AssociationCallback = AcDataChannel::AssociationCallback;
    /// An MSDU from a station (see AcDataChannel).
    using FrameCallback = AcDataChannel::FrameCallback;
    /**
     * Signature of the ApStateChanged trace.
     * \param name the AP's name \param state its new session state
     */
    using ApStateTracedCallback = void (*)(const std::string& name, ApSessionState state);
    /**
     * Signature of the Drop trace.
     * \param packet what was dropped \param reason why
     */
    using DropTracedCallback = void (*)(Ptr<const Packet> packet, const std::string& reason);

    /// \return the TypeId
    static TypeId GetTypeId();
    CapwapAc();
    ~CapwapAc() override;
    CapwapAc(const CapwapAc&) = delete;
    CapwapAc& operator=(const CapwapAc&) = delete;

    /**
     * Open the control and data channels.
     * \param node the controller's node
     * \param address the management interface's address
     * \param acName the controller's name (AC Name)
     * \param wlans the controller's WLANs (outlives the AC); the lowest id is configured on APs
     */
    void Start(Ptr<Node> node,
               Ipv4Address address,
               const std::string& acName,
               const std::map<uint8_t, Wlan>* wlans);
    /// Close the channels and forget every AP.
    void Stop();

    /// \param cb told when an AP is joined
    void SetApJoinedCallback(ApCallback cb);
    /// \param cb told when an AP is lost
    void SetApLostCallback(ApLostCallback cb);
    /// \param cb told of associations
    void SetAssociationCallback(AssociationCallback cb);
    /// \param cb told of station MSDUs
    void SetFrameCallback(FrameCallback cb);
    /// \param cb told of stations' Authentication frames
    void SetAuthenticationCallback(AcDataChannel::AuthenticationCallback cb);
    /// \param count the number of clients the controller serves (for the AC Descriptor)
    void SetStationCount(std::function<uint16_t()> count);

    /**
     * Add a station at an AP (Station Configuration Request, Add Station + IEEE 802.11 Station).
     * \param apMac the AP
     * \param client the client (radio, AID, rates, WLAN)
     * \param capabilities the station's Capability Information
     * \param done called with true when the AP confirmed, false if it refused or never answered
     */
    void AddStation(Mac48Address apMac,
                    const ClientEntry& client,
                    uint16_t capabilities,
                    std::function<void(bool)> done);
    /**
     * Delete a station at an AP (Station Configuration Request, Delete Station).
     * \param apMac the AP
     * \param radioId its radio
     * \param station the station
     */
    void DeleteStation(Mac48Address apMac, uint8_t radioId, Mac48Address station);
    /**
     * Send an MSDU to a station through its AP, as an IEEE 802.11 data frame.
     * \param apMac the AP \param radioId its radio \param bssid the station's BSSID
     * \param payload the MSDU \param source its source \param destination its destination
     * \param etherType its EtherType
     * \return false if the AP is not joined
     */
    bool SendToStation(Mac48Address apMac,
                       uint8_t radioId,
                       Mac48Address bssid,
                       Ptr<const Packet> payload,
                       Mac48Address source,
                       Mac48Address destination,
                       uint16_t etherType);
    /**
     * Send a management frame to a station's AP (AcDataChannel::SendManagement).
     * \param apMac the AP \param radioId its radio \param subtype the management subtype
     * \param bssid the BSSID \param station the station \param body the frame body
     * \return false if the AP is not joined
     */
    bool SendManagement(Mac48Address apMac,
                        uint8_t radioId,
                        uint8_t subtype,
                        Mac48Address bssid,
                        Mac48Address station,
                        const std::vector<uint8_t>& body);
    /**
     * Reset an AP (Reset Request), as `config ap reset <name>` does.
     * \param name the AP's name
     * \return false if no such AP is joined
     */
    bool ResetAp(const std::string& name);

    /// \return the AP table
    const ApTable& GetApTable() const;
    /// \return the number of packets dropped, by reason
    const std::map<std::string, uint64_t>& GetDrops() const;

  protected:
    void DoDispose() override;

  private:
    /// What the AC keeps per AP besides its table entry.
    struct Session
    {
        CapwapRequestQueue requests; //!< our requests to the AP
        std::map<uint32_t, std::pair<uint8_t, std::vector<uint8_t>>> lastResponse;
        //!< last response per request type
        EventId deadTimer; //!< NeighborDeadInterval
    };

    /// Control channel input. \param socket the control socket
    void ReceiveControl(Ptr<Socket> socket);
    /// Answer a Discovery Request. \param request it \param from its source
    void HandleDiscovery(const CapwapControlMessage& request, const Address& from);
    /// Handle a Join Request. \param request it \param from its source
    void HandleJoin(const CapwapControlMessage& request, const Address& from);
    /// A request of a joined AP. \param ap the AP \param request the request
    void HandleApRequest(const ApEntry& ap, const CapwapControlMessage& request);
    /// Send the WLAN to a newly joined AP. \param ap the AP
    void ConfigureWlan(const ApEntry& ap);
    /// Send a control message to an AP. \param ap the AP \param message the message
    void SendControl(const ApEntry& ap, const CapwapControlMessage& message);
    /// Send a request to an AP with retransmission; the AP is lost if it never answers.
    void SendRequest(Mac48Address apMac,
                     CapwapControlMessage request,
                     CapwapRequestQueue::ResponseFunction onResponse,
                     std::function<void()> onFailure = nullptr);
    /// (Re)arm an AP's NeighborDeadInterval timer. \param apMac the AP
    void Heard(Mac48Address apMac);
    /// End an AP's session. \param apMac the AP \param reason why
    void RemoveAp(Mac48Address apMac, const std::string& reason);
    /// Change an AP's session state. \param apMac the AP \param state the new state
    void SetApState(Mac48Address apMac, ApSessionState state);
    /// Count and trace a drop.
    void Drop(Ptr<const Packet> packet, const std::string& reason);
    /// \return an AC Descriptor element for our responses
    CapwapMessageElement AcDescriptor() const;

    Ptr<Node> m_node;                                            //!< the controller's node
    Ipv4Address m_address;                                       //!< management address
    std::string m_acName;                                        //!< AC Name
    const std::map<uint8_t, Wlan>* m_wlans{nullptr};             //!< the controller's WLANs
    Ptr<Socket> m_control;                                       //!< control channel (UDP 5246)
    Ptr<AcDataChannel> m_dataChannel;                            //!< data channel (UDP 5247)
    ApTable m_aps;                                               //!< joined APs
    std::map<Mac48Address, std::unique_ptr<Session>> m_sessions; //!< per-AP session state
    uint16_t m_maxWtps{64};                                      //!< Max WTPs
    Time m_echoInterval;                      //!< EchoInterval sent in CAPWAP Timers
    Time m_maxDiscoveryInterval;              //!< MaxDiscoveryInterval sent in CAPWAP Timers
    Time m_retransmitInterval;                //!< RetransmitInterval
    uint32_t m_maxRetransmit{5};              //!< MaxRetransmit
    Time m_neighborDeadInterval;              //!< NeighborDeadInterval
    Time m_idleTimeout;                       //!< Idle Timeout sent to APs
    bool m_swapFrameControl{true};            //!< Cisco byte order of Frame Control
    std::function<uint16_t()> m_stationCount; //!< clients served
    ApCallback m_apJoined;                    //!< to the controller
    ApLostCallback m_apLost;                  //!< to the controller
    std::map<std::string, uint64_t> m_drops;  //!< drops by reason
    TracedCallback<const std::string&, ApSessionState> m_apStateTrace; //!< session states
    TracedCallback<Ptr<const Packet>, const std::string&> m_dropTrace; //!< drops
};

} // namespace ns3

#endif /* WLC_CAPWAP_AC_H */
