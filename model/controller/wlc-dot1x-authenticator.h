/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_DOT1X_AUTHENTICATOR_H
#define WLC_DOT1X_AUTHENTICATOR_H

#include "ns3/callback.h"
#include "ns3/event-id.h"
#include "ns3/mac48-address.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/ptr.h"
#include "ns3/traced-callback.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ns3
{

class Packet;
class RadiusClient;
class UniformRandomVariable;

/**
 * \ingroup wlc
 * The controller's IEEE 802.1X authenticator in pass-through mode (RFC 3579, RFC 4137's
 * "full authenticator" split): the controller itself asks the client for its identity
 * (EAP-Request/Identity over EAPOL), then relays each EAP-Response to the RADIUS server in an
 * Access-Request and each EAP-Request of an Access-Challenge back to the client, until the
 * server's Access-Accept (EAP-Success, and the MSK in MS-MPPE-Recv/Send-Key) or Access-Reject
 * (EAP-Failure).
 *
 * An unanswered request to the client is sent again after `EapRequestTimeout` (AireOS
 * `config advanced eap request-timeout`), `EapMaxRetries` times; an EAPOL-Start restarts the
 * exchange. The 4-way handshake that follows is WlcAuthenticator's. The PMK of an accepted
 * client lives as long as the Access-Accept's Session-Timeout says (else `PmkLifetime`).
 */
class WlcDot1xAuthenticator : public Object
{
  public:
    /// Send an EAPOL frame to a client. \param client the client \param eapol the frame
    using SendCallback = Callback<void, Mac48Address, Ptr<Packet>>;
    /**
     * The server accepted a client.
     * \param client the client \param msk the MSK (at least 32 bytes) \param username its identity
     * \param sessionTimeout the lifetime of the PMK
     */
    using CompletedCallback =
        Callback<void, Mac48Address, const std::vector<uint8_t>&, const std::string&, Time>;
    /// The exchange failed. \param client the client \param reason why
    using FailedCallback = Callback<void, Mac48Address, const std::string&>;
    /**
     * Signature of the EapCompleted trace.
     * \param client the client \param duration from the Identity request to EAP-Success
     * \param roundTrips the RADIUS round trips it took
     */
    using CompletedTracedCallback = void (*)(Mac48Address client,
                                             Time duration,
                                             uint32_t roundTrips);
    /// Signature of the EapFailed trace. \param client the client \param reason why
    using FailedTracedCallback = void (*)(Mac48Address client, const std::string& reason);
    /// Signature of the Drop trace. \param reason why the frame was dropped
    using DropTracedCallback = void (*)(const std::string& reason);

    /// \return the TypeId
    static TypeId GetTypeId();
    WlcDot1xAuthenticator();
    ~WlcDot1xAuthenticator() override;
    WlcDot1xAuthenticator(const WlcDot1xAuthenticator&) = delete;
    WlcDot1xAuthenticator& operator=(const WlcDot1xAuthenticator&) = delete;

    /// \param cb how EAPOL frames reach clients
    void SetSendCallback(SendCallback cb);
    /// \param cb told of accepted clients
    void SetCompletedCallback(CompletedCallback cb);
    /// \param cb told of failed exchanges
    void SetFailedCallback(FailedCallback cb);
    /// \param client the RADIUS client (NAS side) that reaches the server
    void SetRadiusClient(Ptr<RadiusClient> client);
    /// \return the RADIUS client, or nullptr
    Ptr<RadiusClient> GetRadiusClient() const;

    /**
     * Start (or restart) the exchange with a client: send EAP-Request/Identity.
     * \param client the client \param bssid the AP it associated with
     * \param ssid the WLAN's SSID (RADIUS Called-Station-Id)
     */
    void Start(Mac48Address client, Mac48Address bssid, const std::string& ssid);
    /**
     * An EAPOL frame (EAP-Packet or EAPOL-Start) from a client.
     * \param client the client \param eapol the whole EAPOL frame
     */
    void Receive(Mac48Address client, Ptr<const Packet> eapol);
    /// Forget a client's exchange. \param client the client
    void Cancel(Mac48Address client);
    /// \param client a client \return true while its exchange is under way
    bool IsRunning(Mac48Address client) const;
    /// \return frames from clients dropped as malformed or unexpected
    uint64_t GetDropCount() const;
    /**
     * Assign fixed random streams.
     * \param stream first stream index \return the number of streams used
     */
    int64_t AssignStreams(int64_t stream);

  protected:
    void DoDispose() override;

  private:
    /// One client's exchange.
    struct Session
    {
        Mac48Address bssid;           //!< the AP
        std::string ssid;             //!< the SSID
        std::string username;         //!< identity from the Identity response
        uint8_t identifier{0};        //!< identifier of the request outstanding at the client
        std::vector<uint8_t> request; //!< that request (EAP packet), for retransmission
        uint32_t tries{0};            //!< transmissions of that request
        uint32_t roundTrips{0};       //!< RADIUS round trips so far
        bool waitingServer{false};    //!< a response is with the RADIUS server
        Time started;                 //!< when the Identity request was first sent
        EventId timer;                //!< retransmission timer
    };

    /// Send an EAP packet to a client inside EAPOL. \param client the client \param eap it
    void SendEap(Mac48Address client, const std::vector<uint8_t>& eap);
    /// Send a request to the client and arm the timer. \param client the client
    /// \param eap the EAP-Request
    void SendRequest(Mac48Address client, const std::vector<uint8_t>& eap);
    /// The client did not answer in time. \param client the client
    void Timeout(Mac48Address client);
    /// An EAP-Response arrived. \param client the client \param eap the EAP packet
    void OnResponse(Mac48Address client, const std::vector<uint8_t>& eap);
    /// End an exchange with a failure. \param client the client \param reason why
    void Fail(Mac48Address client, const std::string& reason);
    /// Tell the client (EAP-Failure), then Fail(). \param client the client \param reason why
    void FailWithEapFailure(Mac48Address client, const std::string& reason);
    /// \param why reason a frame was dropped
    void Drop(const std::string& why);

    Time m_requestTimeout;                                          //!< EAP request timeout
    Time m_pmkLifetime;                                             //!< lifetime of the PMKs
    uint32_t m_maxRetries;                                          //!< EAP request retransmissions
    Ptr<RadiusClient> m_radius;                                     //!< NAS side of RADIUS
    Ptr<UniformRandomVariable> m_random;                            //!< first EAP identifiers
    std::map<Mac48Address, Session> m_sessions;                     //!< exchanges by client
    SendCallback m_send;                                            //!< to clients
    CompletedCallback m_completed;                                  //!< on Access-Accept
    FailedCallback m_failed;                                        //!< on failure
    uint64_t m_drops{0};                                            //!< frames dropped
    TracedCallback<Mac48Address> m_startedTrace;                    //!< exchanges started
    TracedCallback<Mac48Address, Time, uint32_t> m_completedTrace;  //!< accepted
    TracedCallback<Mac48Address, const std::string&> m_failedTrace; //!< failed
    TracedCallback<const std::string&> m_dropTrace;                 //!< dropped frames
};

} // namespace ns3

#endif /* WLC_DOT1X_AUTHENTICATOR_H */
